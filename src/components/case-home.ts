import { createContext, use } from 'react'

const CaseHomeContext = createContext<string | null>(null)

/**
 * Set by a page that shows the whole case: links to the case's sentences and figures from inside it
 * stay on that page (its path), instead of going to the part pages that are their documented homes.
 */
export const CaseHomeProvider = CaseHomeContext.Provider

/** The path where the case's sentences and figures stand on this page, or null when they are elsewhere. */
export function useCaseHome(): string | null {
  return use(CaseHomeContext)
}
