import type { CaseReport } from '../model/case-report'
import type { CompiledPageText } from '../model/compiled'
import type { View } from '../lib/routes'
import { pageTextData } from '../lib/page-text'
import { pageAddresses } from '../lib/routes'
import { compileInline } from './compile-markdown'

/** A page's text, abbreviations marked at first use and compiled with markdown-to-jsx. */
export function compilePageText(view: View, report: CaseReport, path: string): CompiledPageText {
  const { marked, citations, citedBy } = pageTextData(view, report, path)
  return {
    blocks: Object.fromEntries(
      [...marked].map(([key, markdown]) => {
        try {
          return [key, compileInline(markdown)]
        } catch (error) {
          throw new Error(`page ${path}, ${key}: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
          })
        }
      }),
    ),
    citations,
    citedBy,
  }
}

/** Every page's compiled text, by path. */
export function compiledPages(report: CaseReport): Record<string, CompiledPageText> {
  return Object.fromEntries(
    pageAddresses(report).map((a) => [a.path, compilePageText(a.route.view, report, a.path)] as const),
  )
}
