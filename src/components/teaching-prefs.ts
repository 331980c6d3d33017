import { useSyncExternalStore } from 'react'

const key = 'teach-ask-first'
const listeners = new Set<() => void>()

function read(): boolean {
  try {
    return localStorage.getItem(key) !== 'no'
  } catch {
    return true
  }
}

/** Ask the prompt before revealing each step (the default), or show every step at once. */
export function setAskFirst(ask: boolean): void {
  try {
    if (ask) localStorage.removeItem(key)
    else localStorage.setItem(key, 'no')
  } catch {
    // Without storage the choice lasts for this page only.
  }
  for (const l of listeners) l()
}

/** Whether to ask before revealing; true while prerendering. */
export function useAskFirst(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    read,
    () => true,
  )
}
