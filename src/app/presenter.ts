import { useSyncExternalStore } from 'react'

const key = 'present'
const listeners = new Set<() => void>()

function read(): boolean {
  return document.documentElement.dataset.present === 'on'
}

/** Turn presenter mode (large type, high contrast) on or off for this tab. */
export function setPresenter(on: boolean): void {
  if (on) document.documentElement.dataset.present = 'on'
  else delete document.documentElement.dataset.present
  try {
    if (on) sessionStorage.setItem(key, 'on')
    else sessionStorage.removeItem(key)
  } catch {
    // Without storage the mode lasts for this page only.
  }
  for (const l of listeners) l()
}

/** Whether presenter mode is on; off while prerendering. */
export function usePresenter(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    read,
    () => false,
  )
}

/** `?present` in a link turns presenter mode on (a teacher's slide link). */
export function presentRequested(search: string): boolean {
  return new URLSearchParams(search).has('present')
}
