import { caseReport } from '../../content/case-report'
import { formatContentError, validateCaseReport } from '../lib/validate-content'

/** The content's problems, one line each (`file [id]: message`); empty when all resolves. */
export function contentErrors(): string[] {
  return validateCaseReport(caseReport).map(formatContentError)
}
