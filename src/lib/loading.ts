/**
 * Loads under way (a page's text, a section's code), counted so the page can show that the next
 * page is on its way while the current one stays on screen.
 */
let pending = 0
const listeners = new Set<() => void>()

function changed(by: number) {
  pending += by
  for (const listener of listeners) listener()
}

/** Count a load while it is under way; returns the same promise. */
export function trackLoading<T>(promise: Promise<T>): Promise<T> {
  changed(1)
  promise.then(
    () => changed(-1),
    () => changed(-1),
  )
  return promise
}

/** Whether any load is under way. */
export function isLoading(): boolean {
  return pending > 0
}

/** Be told when loads start or end; returns the way to stop. */
export function subscribeLoading(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** A load that failed: the network dropped, or (`outdated`) the file is gone because the edition was updated. */
export class LoadFailure extends Error {
  /** True when the file is gone (a newer edition has replaced it): reloading brings the new one. */
  readonly outdated: boolean

  constructor(message: string, outdated = false) {
    super(message)
    this.name = 'LoadFailure'
    this.outdated = outdated || replaced
  }
}

let replaced = false

/**
 * A newer edition has taken over this page (its service worker now controls it): the files of the
 * edition the page was opened from may be gone, so a load that fails from now on means "updated".
 */
export function markEditionReplaced(): void {
  replaced = true
}
