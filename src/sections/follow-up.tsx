import { Added } from '../components/added-note'
import { NoteBlocks } from '../components/editor-note'
import { SourceLinks } from '../components/source-link'
import { sentenceIndex } from '../lib/sentence-index'
import type { SectionProps } from './section-props'

/** Follow-up summary: time points as stated and the outcomes at each. */
export function FollowUpSummary({ report }: SectionProps) {
  const { followUp } = report.case
  const index = sentenceIndex(report)
  return (
    <Added heading="Course after treatment" id="follow-up-summary">
      <dl className="time-points">
        {followUp.map((point) => (
          <div key={point.id} id={point.id}>
            <dt>{point.when}</dt>
            <dd>
              <ul>
                {point.outcomes.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
              <SourceLinks anchors={point.sources} index={index} />
              <NoteBlocks place={point.id} targets={[point.id]} />
            </dd>
          </div>
        ))}
      </dl>
    </Added>
  )
}
