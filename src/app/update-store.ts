import { useSyncExternalStore } from 'react'

type Listener = () => void

let applyUpdate: (() => void) | null = null
const listeners = new Set<Listener>()

/** Called by the service worker registration when a new build is waiting. */
export function announceUpdate(apply: () => void): void {
  applyUpdate = apply
  for (const listener of listeners) listener()
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The function that loads the waiting update, or null when there is none. */
export function useWaitingUpdate(): (() => void) | null {
  return useSyncExternalStore(
    subscribe,
    () => applyUpdate,
    () => null,
  )
}
