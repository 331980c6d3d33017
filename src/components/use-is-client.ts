import { useSyncExternalStore } from 'react'

const noop = () => () => {}

/** False while prerendering and hydrating, true once the page runs in the browser. */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  )
}
