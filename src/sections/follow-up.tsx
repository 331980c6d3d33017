import { Added } from '../components/added-note'
import { SourceLinks } from '../components/source-link'
import { sentencePath } from '../lib/routes'
import type { SectionProps } from './section-props'

/** Follow-up summary: time points as stated and the outcomes at each. */
export function FollowUpSummary({ report }: SectionProps) {
  const { followUp, narrative } = report.case
  return (
    <Added heading="Course after treatment" id="follow-up-summary">
      <dl className="time-points">
        {followUp.map((point) => (
          <div key={point.id} id={point.id}>
            <dt>{point.when}</dt>
            <dd>
              {point.outcomes.join('; ')}.{' '}
              <SourceLinks ids={point.sources} pathFor={(id) => sentencePath(narrative, id)} />
            </dd>
          </div>
        ))}
      </dl>
    </Added>
  )
}
