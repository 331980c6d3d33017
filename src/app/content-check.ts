import { caseReport } from '../../content/case-report'
import { compiledPages } from '../build/compiled-pages'
import { formatContentError, validateCaseReport } from '../lib/validate-content'

/** The content's problems, one line each (`file [id]: message`); empty when all resolves. */
export function contentErrors(): string[] {
  const errors = validateCaseReport(caseReport).map(formatContentError)
  if (errors.length) return errors
  // Every page's text compiles to what the app renders (no images, no unsafe links).
  try {
    compiledPages(caseReport)
    return []
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)]
  }
}
