import { useEffect, type RefObject } from 'react'

/** What a key does in slide mode. */
export type Action = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'blank' | 'speaker' | 'leave'

/** The keys of slide mode, as presentation tools and clickers send them. */
const keyActions: Record<string, Action> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  n: 'next',
  N: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  p: 'previous',
  P: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  s: 'speaker',
  S: 'speaker',
  Escape: 'leave',
}

/** A key meant for something else: with a modifier, or typed into a field. */
function notForSlides(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null
  return (
    event.altKey ||
    event.ctrlKey ||
    event.metaKey ||
    !!target?.closest('input, textarea, select, [contenteditable="true"], dialog')
  )
}

/** Runs the action of each slide-mode key pressed anywhere on the page (read from `act` when pressed). */
export function useSlideKeys(act: RefObject<(action: Action) => void>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = keyActions[event.key]
      if (!action || notForSlides(event)) return
      // Space and Backspace must not scroll or go back in history; links and buttons take Enter, not these.
      event.preventDefault()
      act.current(action)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [act])
}

/** Fill the screen with the page, or leave full screen (the F key of slide mode and "present this"). */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen()
  else void document.documentElement.requestFullscreen?.().catch(() => {})
}
