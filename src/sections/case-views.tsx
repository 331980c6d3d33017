import { Added } from '../components/added-note'
import { Timeline } from '../components/timeline'
import { casePartIds } from '../model/case'
import { partRoute } from '../lib/routes'
import { sentenceIndex } from '../lib/sentence-index'
import { partSummaries } from './part-summaries'
import type { SectionProps } from './section-props'

export { partSummaries }

/** The structured views of the whole case: the timeline, then each part's view, in reading order. */
export function GlanceViews({ report }: SectionProps) {
  // A jump to each view, moving within the glance (a sheet on a phone) without changing the page's address.
  const jumps = [
    { id: 'timeline', label: 'Timeline' },
    ...casePartIds.map((part) => ({ id: `${part}-summary`, label: partRoute(part).label })),
  ]
  return (
    <>
      <nav className="glance-jumps" aria-label="Views of the case">
        {jumps.map((j) => (
          <a
            key={j.id}
            href={`#${j.id}`}
            data-jump=""
            onClick={(event) => {
              const target = document.getElementById(j.id)
              if (!target) return
              event.preventDefault()
              target.scrollIntoView({ block: 'start' })
            }}
          >
            {j.label}
          </a>
        ))}
      </nav>
      <Added
        heading="Timeline"
        id="timeline"
        note="Events are in the order the article tells them; where it gives no time, an event’s place in the list is its place in the text, not a known time. Times are relative, as the article gives them; the strip shows order, not scale."
      >
        <Timeline events={report.timeline} index={sentenceIndex(report)} />
      </Added>
      {casePartIds.map((part) => {
        const Summary = partSummaries[part]
        return <Summary key={part} report={report} />
      })}
    </>
  )
}
