import type { CaseReport } from '../model/case-report'

/** What every section component receives. */
export interface SectionProps {
  /** The case report to show. */
  report: CaseReport
}
