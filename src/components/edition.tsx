import { createContext, use } from 'react'
import type { CaseReport } from '../model/case-report'
import type { CompiledPageText } from '../model/compiled'
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

/** The edition with everything at hand (prerendering, tests, the single-file edition). */
export function editionAtHand(report: CaseReport, pages: Readonly<Record<string, CompiledPageText>>): Edition {
  return {
    report,
    pageText: memoized((path) => {
      const text = pages[path]
      return text ? settled(text) : Promise.reject(new Error(`no page at ${path}`))
    }),
  }
}
