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
  tracked.then(
    (value) => Object.assign(tracked, { status: 'fulfilled', value }),
    (reason: unknown) => Object.assign(tracked, { status: 'rejected', reason }),
  )
  return tracked
}

/** Load by key once; a failed load is forgotten, so asking again tries again. */
export function memoized<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>()
  return (key) => {
    const known = cache.get(key)
    if (known) return known
    const promise = track(load(key))
    promise.catch(() => cache.delete(key))
    cache.set(key, promise)
    return promise
  }
}
