/**
 * A promise that says whether it has settled, as React's `use` reads it: a value already at hand is
 * returned at once instead of suspending, so prerendered pages hydrate without a fallback.
 */
export type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown }

/** A value already at hand, as a settled promise. */
export function settled<T>(value: T): Promise<T> {
  return Object.assign(Promise.resolve(value), { status: 'fulfilled' as const, value })
}

/** Track a promise's outcome on the promise itself. */
export function track<T>(promise: Promise<T>): Tracked<T> {
  const tracked = promise as Tracked<T>
  if (tracked.status) return tracked
  tracked.status = 'pending'
  // The handlers return nothing: returning the promise itself would re-raise its rejection, unhandled.
  tracked.then(
    (value) => void Object.assign(tracked, { status: 'fulfilled', value }),
    (reason: unknown) => void Object.assign(tracked, { status: 'rejected', reason }),
  )
  return tracked
}

/** A loader by key that remembers what it loaded. */
export interface Memoized<T> {
  (key: string): Promise<T>
  /** Forget the loads that failed, so that asking again tries again. */
  forgetFailures: () => void
}

/**
 * Load by key once. A failed load stays failed (the page shows the failure instead of retrying
 * without end) until its failures are forgotten, when the reader asks to try again.
 */
export function memoized<T>(load: (key: string) => Promise<T>): Memoized<T> {
  const cache = new Map<string, Tracked<T>>()
  const get = (key: string) => {
    let promise = cache.get(key)
    if (!promise) cache.set(key, (promise = track(load(key))))
    return promise
  }
  return Object.assign(get, {
    forgetFailures: () => {
      for (const [key, promise] of cache) if (promise.status === 'rejected') cache.delete(key)
    },
  })
}
