import { useEffect, useRef, useState, type RefObject } from 'react'
import { useIsClient } from '../components/use-is-client'
import { swipeTo } from '../lib/viewer-input'

/**
 * A swipe (touch, pen or mouse drag) across an element moves on: left to `next`, right to `previous`.
 * Every pointer is tracked, so a pinch (two fingers) is never a swipe, nor is a drag while the image
 * is zoomed (`isZoomed`), which pans it instead. Mostly vertical movement is left to scrolling.
 */
export function useSwipe(
  element: RefObject<HTMLElement | null>,
  onNext: (() => void) | null,
  onPrevious: (() => void) | null,
  isZoomed: () => boolean,
) {
  const handlers = useRef({ onNext, onPrevious, isZoomed })
  useEffect(() => {
    handlers.current = { onNext, onPrevious, isZoomed }
  }, [onNext, onPrevious, isZoomed])
  useEffect(() => {
    const target = element.current
    if (!target) return
    // The pointers down now, where each went down; and what the gesture as a whole has been so far.
    const down = new Map<number, { x: number; y: number }>()
    let gesture = { pointers: 0, zoomed: false }
    const start = (e: PointerEvent) => {
      if (down.size === 0) gesture = { pointers: 0, zoomed: false }
      down.set(e.pointerId, { x: e.clientX, y: e.clientY })
      gesture.pointers = Math.max(gesture.pointers, down.size)
      gesture.zoomed ||= handlers.current.isZoomed()
    }
    const end = (e: PointerEvent) => {
      const from = down.get(e.pointerId)
      if (!from) return
      down.delete(e.pointerId)
      gesture.zoomed ||= handlers.current.isZoomed()
      if (down.size > 0) return
      const to = swipeTo({ dx: e.clientX - from.x, dy: e.clientY - from.y, ...gesture })
      const go = to === 'next' ? handlers.current.onNext : to === 'previous' ? handlers.current.onPrevious : null
      go?.()
    }
    // The browser took the pointer (to scroll): that pointer's drag is not a swipe.
    const cancel = (e: PointerEvent) => {
      down.delete(e.pointerId)
      gesture.pointers = Infinity
    }
    target.addEventListener('pointerdown', start)
    window.addEventListener('pointerup', end)
    window.addEventListener('pointercancel', cancel)
    return () => {
      target.removeEventListener('pointerdown', start)
      window.removeEventListener('pointerup', end)
      window.removeEventListener('pointercancel', cancel)
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
