import { createContext, use } from 'react'
import type { CitingPlace, CompiledInline, CompiledPageText } from '../model/compiled'

/** The text a page renders, compiled, keyed by block (`<sentence anchor>`, `caption:<figure id>`). */
export interface PageText {
  /** The compiled block; a block the page did not list is an error, not a blank. */
  inline: (key: string) => CompiledInline
  /** True when the page shows the block. */
  shows: (key: string) => boolean
  /** Reference numbers cited on the page, ascending. */
  citations: readonly number[]
  /** For each of them, every sentence of the article that cites it. */
  citedBy: Readonly<Record<number, readonly CitingPlace[]>>
}

/** A page's compiled text as blocks to ask for. */
export function pageTextOf(text: CompiledPageText, path: string): PageText {
  return {
    inline: (key) => {
      const block = text.blocks[key]
      if (!block) throw new Error(`page ${path} has no compiled text for ${key}: add it to pageBlocks`)
      return block
    },
    shows: (key) => key in text.blocks,
    citations: text.citations,
    citedBy: text.citedBy,
  }
}

const PageTextContext = createContext<PageText | null>(null)

/** Provides a page's compiled text to the prose below it. */
export const PageTextProvider = PageTextContext.Provider

/** The page's compiled text. */
export function usePageText(): PageText {
  const text = use(PageTextContext)
  if (!text) throw new Error('prose rendered outside a page: render it inside <PageTextProvider>')
  return text
}

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
