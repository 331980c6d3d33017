import { useSyncExternalStore } from 'react'
import { markEditionReplaced } from '../lib/loading'

type Listener = () => void

let applyUpdate: (() => void) | null = null
const listeners = new Set<Listener>()

/** Called by the service worker registration when a new build is waiting. */
export function announceUpdate(apply: () => void): void {
  applyUpdate = apply
  for (const listener of listeners) listener()
}

/**
 * When a newer edition's service worker takes over a page opened from an older one (the reader
 * updated in another tab, or it took over by itself), say so and reload on request; the older files
 * may be gone, so a page that then fails to load says the edition has been updated.
 */
export function watchForNewerEdition(): void {
  if (!('serviceWorker' in navigator)) return
  const workers = navigator.serviceWorker
  // The first worker to take over a page opened without one brings the same edition.
  let controlled = workers.controller !== null
  workers.addEventListener('controllerchange', () => {
    if (controlled) {
      markEditionReplaced()
      announceUpdate(() => window.location.reload())
    }
    controlled = true
  })
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
