import { Added } from '../components/added-note'
import { Timeline } from '../components/timeline'
import { casePartIds } from '../model/case'
import { sentenceIndex } from '../lib/sentence-index'
import { partSummaries } from './part-summaries'
import type { SectionProps } from './section-props'

export { partSummaries }

/** The structured views of the whole case: the timeline, then each part's view, in reading order. */
export function GlanceViews({ report }: SectionProps) {
  return (
    <>
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
