import { createContext, use } from 'react'
import type { CaseReport } from '../model/case-report'
import type { CompiledPageText } from '../model/compiled'
import type { SearchIndexData } from '../lib/search-index'
import { memoized, settled, type Memoized } from '../lib/settled'

/**
 * Where the app gets the article: the case report, and each page's compiled text. The hosted build
 * fetches both as JSON made at build time; the single-file edition and tests have them at hand.
 */
export interface Edition {
  /** The whole case report. */
  report: CaseReport
  /** The compiled text of the page at a path; the same promise each time it is asked. */
  pageText: Memoized<CompiledPageText>
  /** The search index made at build time, loaded when search is first used; the same promise each time. */
  searchIndex: () => Promise<SearchIndexData>
}

const EditionContext = createContext<Edition | null>(null)

/** Provides the edition to the app. */
export const EditionProvider = EditionContext.Provider

/** The edition the app renders. */
export function useEdition(): Edition {
  const edition = use(EditionContext)
  if (!edition) throw new Error('no edition provided: render the app inside <EditionProvider>')
  return edition
}

/** The case report the app renders. */
export function useReport(): CaseReport {
  return useEdition().report
}

/** A loader run the first time it is asked, its promise kept (a failure is forgotten, to try again). */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null
  return () => {
    promise ??= load().catch((error: unknown) => {
      promise = null
      throw error
    })
    return promise
  }
}

/** The edition with everything at hand (prerendering, tests, the single-file edition). */
export function editionAtHand(
  report: CaseReport,
  pages: Readonly<Record<string, CompiledPageText>>,
  searchIndex: () => Promise<SearchIndexData>,
): Edition {
  return {
    report,
    searchIndex: once(searchIndex),
    pageText: memoized((path) => {
      const text = pages[path]
      return text ? settled(text) : Promise.reject(new Error(`no page at ${path}`))
    }),
  }
}
