import { Added } from '../components/added-note'
import { TracedList } from '../components/traced-list'
import { sentencePath } from '../lib/routes'
import type { SectionProps } from './section-props'

/** Presentation summary: history and examination findings. */
export function PresentationSummary({ report }: SectionProps) {
  const { presentation, narrative } = report.case
  const pathFor = (id: string) => sentencePath(narrative, id)
  return (
    <Added heading="Summary" id="presentation-summary">
      <h3 id="history">History</h3>
      <TracedList items={presentation.history} pathFor={pathFor} />
      <h3 id="examination">Examination</h3>
      <TracedList items={presentation.examination} pathFor={pathFor} />
    </Added>
  )
}
