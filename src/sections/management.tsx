import { Added } from '../components/added-note'
import { SourceLinks } from '../components/source-link'
import { sentencePath } from '../lib/routes'
import type { SectionProps } from './section-props'

/** Management summary: interventions given and treatments withheld with the reason. */
export function ManagementSummary({ report }: SectionProps) {
  const { management, narrative } = report.case
  const pathFor = (id: string) => sentencePath(narrative, id)
  return (
    <Added heading="Treatment" id="management-summary">
      <h3 id="given">Given</h3>
      <ul className="traced">
        {management.interventions.map((i) => (
          <li key={i.id} id={i.id}>
            <strong>{i.text}</strong>. When: {i.when}.{i.outcome && ` What followed: ${i.outcome}.`}{' '}
            <SourceLinks ids={i.sources} pathFor={pathFor} />
          </li>
        ))}
      </ul>
      <h3 id="withheld">Withheld</h3>
      <ul className="traced">
        {management.withheld.map((w) => (
          <li key={w.id} id={w.id}>
            <strong>{w.text}</strong>, not given. Why: {w.reason}. <SourceLinks ids={w.sources} pathFor={pathFor} />
          </li>
        ))}
      </ul>
    </Added>
  )
}
