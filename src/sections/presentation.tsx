import { Added } from '../components/added-note'
import { TracedList } from '../components/traced-list'
import { sentenceIndex } from '../lib/sentence-index'
import type { SectionProps } from './section-props'

/** Presentation summary: history and examination findings. */
export function PresentationSummary({ report }: SectionProps) {
  const { presentation } = report.case
  const index = sentenceIndex(report)
  return (
    <Added heading="Summary" id="presentation-summary">
      <h3 id="history">History</h3>
      <TracedList items={presentation.history} index={index} />
      <h3 id="examination">Examination</h3>
      <TracedList items={presentation.examination} index={index} />
    </Added>
  )
}
