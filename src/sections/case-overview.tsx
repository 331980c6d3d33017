import { CaseHomeProvider } from '../components/page-text'
import { CaseReading } from '../components/case-reading'
import { KeyPoints } from '../components/key-points'
import { paths } from '../lib/paths'
import { CaseGlance } from './case-glance'
import type { SectionProps } from './section-props'

/** The Case Report on one page: the authors' narrative in clinical order, the structured views beside it. */
export function CaseOverview({ report }: SectionProps) {
  const c = report.case
  return (
    <article aria-labelledby={c.id} className="case-page">
      <header className="case-page-head">
        <h1 id={c.id}>{c.heading}</h1>
        <p className="reading-note">
          The authors’ text, whole and in their order. The headings are added by this edition; where one falls inside a
          paragraph, the paragraph is broken there.
        </p>
      </header>
      <CaseHomeProvider value={paths.case}>
        <CaseReading report={report} />
        <CaseGlance report={report} label="Case at a glance" />
      </CaseHomeProvider>
      <KeyPoints points={report.keyPoints} />
    </article>
  )
}
