import { createContext, use } from 'react'

/** The markdown a page renders, keyed by block (`p-1`, `s:<sentence>`, `caption:<figure>`), abbreviations marked. */
export interface PageText {
  /** Marked markdown of a block; the fallback when the page did not list it. */
  markdown: (key: string, fallback: string) => string
}

const PageTextContext = createContext<PageText>({ markdown: (_key, fallback) => fallback })

/** Provides a page's marked markdown to the prose below it. */
export const PageTextProvider = PageTextContext.Provider

/** The page's marked markdown. */
export function usePageText(): PageText {
  return use(PageTextContext)
}
