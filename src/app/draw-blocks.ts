import { useEffect } from 'react'

/** The blocks a phone may skip while a page starts (styles.css, "Long pages on a phone"): a superset. */
const candidates = 'main > article > section, .narrative > *, .figures > figure'

/** Longest piece of work, in ms, before the browser gets the main thread back. */
const slice = 6

/** When the browser is idle (Safari has no idle callback: in the next task there). */
const later = (run: () => void) => {
  if (window.requestIdleCallback) window.requestIdleCallback(run)
  else window.setTimeout(run, 0)
}

/**
 * Once a page is on screen, lay out the blocks it skipped (`content-visibility: auto`) one by one, a
 * few milliseconds at a time, until the whole page is drawn. Skipping keeps the first layout short on a
 * slow phone; drawing everything soon after means the page then behaves as a plain page does: Tab to
 * the footer lands in view, and nothing changes size while the reader moves through it.
 */
export function drawSkippedBlocks(): () => void {
  let stopped = false
  let skipped: HTMLElement[] | null = null
  later(function step() {
    if (stopped) return
    const start = performance.now()
    skipped ??= [...document.querySelectorAll<HTMLElement>(candidates)].filter(
      (block) => getComputedStyle(block).contentVisibility === 'auto',
    )
    while (skipped.length) {
      const block = skipped.shift() as HTMLElement
      block.setAttribute('data-drawn', '')
      // Laid out now, in this slice, rather than all together at the next frame.
      void block.offsetHeight
      if (performance.now() - start > slice) return void window.setTimeout(step, 0)
    }
  })
  return () => {
    stopped = true
  }
}

/** Draw the blocks of the page now shown (again whenever it changes). */
export function useDrawSkippedBlocks(path: string) {
  useEffect(drawSkippedBlocks, [path])
}
