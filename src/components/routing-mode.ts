import { createContext, use } from 'react'
import type { RoutingMode } from '../lib/share-url'

const RoutingModeContext = createContext<RoutingMode>('browser')

/** Provided by the entry point: hash routing in the single-file edition, paths elsewhere. */
export const RoutingModeProvider = RoutingModeContext.Provider

/** How routes appear in this app's URLs. */
export function useRoutingMode(): RoutingMode {
  return use(RoutingModeContext)
}
