import { Link } from 'react-router-dom'
import type { CasePartId } from '../model/case'
import { Added } from '../components/added-note'
import { CaseNarrative } from '../components/case-narrative'
import { ComparisonView } from '../components/comparison-view'
import { FigureView } from '../components/figure-view'
import { partParagraphs } from '../lib/part-view'
import { paths } from '../lib/paths'
import { partRoute } from '../lib/routes'
import { OnDemand } from '../components/on-demand'
import { caseViews } from './views-on-demand'
import type { SectionProps } from './section-props'

/**
 * A page of the case: each of the authors' paragraphs that holds this part, whole (the part's own
 * sentences marked, so the reason for each step stays beside it), its figures and its structured view.
 */
export function CasePart({ report, part }: SectionProps & { part: CasePartId }) {
  const figures = report.figures.filter((f) => f.part === part)
  const comparisons = report.comparisons.filter((c) => c.part === part)
  const route = partRoute(part)
  const heading = report.case.headings.find((h) => h.part === part)
  return (
    <article aria-labelledby={`${part}-heading`}>
      <p className="kicker">{report.case.heading}</p>
      <h1 id={`${part}-heading`}>{route.label}</h1>
      <p className="reading-note">
        The authors’ paragraphs that hold this part, each whole so that every step keeps its reason; the sentences about{' '}
        {route.label.toLowerCase()} are marked.{' '}
        <Link to={{ pathname: paths.case, hash: heading ? `#${heading.id}` : '' }}>Read it in the whole case</Link>
      </p>
      <CaseNarrative paragraphs={partParagraphs(report.case.narrative, part)} marking />
      {figures.length > 0 && (
        <section aria-labelledby={`${part}-figures`} className="figures">
          <h2 id={`${part}-figures`}>Figures</h2>
          {figures.map((f) => (
            <FigureView key={f.id} figure={f} />
          ))}
        </section>
      )}
      {comparisons.length > 0 && (
        <Added
          heading="Before and after"
          id={`${part}-comparisons`}
          explainer="The schematics of the figures above, set side by side; the note is in the captions’ words."
        >
          {comparisons.map((c) => (
            <ComparisonView key={c.id} comparison={c} figures={report.figures} />
          ))}
        </Added>
      )}
      <OnDemand
        code={caseViews}
        view={part}
        render={(m) => {
          const Summary = m.partSummaries[part]
          return <Summary report={report} />
        }}
      />
    </article>
  )
}
