import { Added } from '../components/added-note'
import { SourceLinks } from '../components/source-link'
import { sentenceIndex } from '../lib/sentence-index'
import type { SectionProps } from './section-props'

/** Management summary: interventions given and treatments withheld with the reason. */
export function ManagementSummary({ report }: SectionProps) {
  const { management } = report.case
  const index = sentenceIndex(report)
  return (
    <Added heading="Treatment" id="management-summary">
      <h3 id="given">Given</h3>
      <ul className="traced">
        {management.interventions.map((i) => (
          <li key={i.id} id={i.id}>
            <strong>{i.text}</strong>. When: {i.when}.{i.outcome && ` What followed: ${i.outcome}.`}{' '}
            <SourceLinks anchors={i.sources} index={index} />
          </li>
        ))}
      </ul>
      <h3 id="withheld">Withheld</h3>
      <ul className="traced">
        {management.withheld.map((w) => (
          <li key={w.id} id={w.id}>
            <strong>{w.text}</strong>, not given. Why: {w.reason}. <SourceLinks anchors={w.sources} index={index} />
          </li>
        ))}
      </ul>
    </Added>
  )
}
