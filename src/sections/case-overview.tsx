import { Link } from 'react-router-dom'
import { casePartIds } from '../model/case'
import { Added } from '../components/added-note'
import { KeyPoints } from '../components/key-points'
import { Timeline } from '../components/timeline'
import { partRoute } from '../lib/routes'
import { sentenceIndex } from '../lib/sentence-index'
import type { SectionProps } from './section-props'

/** The case at a glance: its parts, with what each holds and a link to it. */
export function CaseOverview({ report }: SectionProps) {
  const c = report.case
  const sentences = c.narrative.flatMap((p) => p.sentences)
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  return (
    <article aria-labelledby={c.id}>
      <h1 id={c.id}>{c.heading}</h1>
      <p>
        The authors’ case report is shown in {casePartIds.length} parts, in the order a clinician meets the case. Every
        sentence of it stands on one of these pages, in the authors’ order.
      </p>
      <ol className="part-list">
        {casePartIds.map((part) => {
          const route = partRoute(part)
          const figures = report.figures.filter((f) => f.part === part).length
          return (
            <li key={part}>
              <Link to={route.path}>{route.label}</Link>
              <span className="description">
                {route.description}: {count(sentences.filter((s) => s.part === part).length, 'sentence', 'sentences')}
                {figures > 0 && `, ${count(figures, 'figure', 'figures')}`}
              </span>
            </li>
          )
        })}
      </ol>
      <Added
        heading="Timeline"
        id="timeline"
        note="Events are in the order the article tells them; where it gives no time, an event’s place in the list is its place in the text, not a known time. Times are relative, as the article gives them; the strip shows order, not scale."
      >
        <Timeline events={report.timeline} index={sentenceIndex(report)} />
      </Added>
      <KeyPoints points={report.keyPoints} />
    </article>
  )
}
