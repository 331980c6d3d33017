import { useEffect, useRef, useState, type RefObject } from 'react'
import { useIsClient } from '../components/use-is-client'

/** Horizontal travel, in CSS px, that makes a drag or swipe a move to the next or previous stop. */
const swipeDistance = 50

/**
 * A swipe (touch, pen or mouse drag) across an element moves on: left to `next`, right to `previous`.
 * Mostly vertical movement is left to scrolling.
 */
export function useSwipe(
  element: RefObject<HTMLElement | null>,
  onNext: (() => void) | null,
  onPrevious: (() => void) | null,
) {
  const handlers = useRef({ onNext, onPrevious })
  useEffect(() => {
    handlers.current = { onNext, onPrevious }
  }, [onNext, onPrevious])
  useEffect(() => {
    const target = element.current
    if (!target) return
    let start: { x: number; y: number } | null = null
    const down = (e: PointerEvent) => {
      start = { x: e.clientX, y: e.clientY }
    }
    const up = (e: PointerEvent) => {
      if (!start) return
      const dx = e.clientX - start.x
      const dy = e.clientY - start.y
      start = null
      if (Math.abs(dx) < swipeDistance || Math.abs(dx) < Math.abs(dy) * 1.5) return
      const go = dx < 0 ? handlers.current.onNext : handlers.current.onPrevious
      go?.()
    }
    target.addEventListener('pointerdown', down)
    target.addEventListener('pointerup', up)
    target.addEventListener('pointercancel', () => (start = null))
    return () => {
      target.removeEventListener('pointerdown', down)
      target.removeEventListener('pointerup', up)
    }
  }, [element])
}

/** Whether an element fills the screen (Fullscreen API), and a toggle; null where the API is missing. */
export function useFullscreen(element: RefObject<HTMLElement | null>): {
  supported: boolean
  active: boolean
  toggle: () => void
} {
  // Known only in the browser: the prerendered page and hydration render without the button.
  const supported = useIsClient() && !!document.fullscreenEnabled
  const [active, setActive] = useState(false)
  useEffect(() => {
    const sync = () => setActive(document.fullscreenElement === element.current)
    document.addEventListener('fullscreenchange', sync)
    return () => document.removeEventListener('fullscreenchange', sync)
  }, [element])
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen()
    else void element.current?.requestFullscreen()
  }
  return { supported, active, toggle }
}
