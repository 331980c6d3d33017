import type { KeyPoint } from '../model/editor-note'
import { sentenceIndex } from '../lib/sentence-index'
import { Added } from './added-note'
import { useReport } from './edition'
import { SourceLinks } from './source-link'

/** Key points for teaching, each a summary of the authors' sentences with links to them. */
export function KeyPoints({ points, id = 'key-points' }: { points: readonly KeyPoint[]; id?: string }) {
  const index = sentenceIndex(useReport())
  return (
    <Added
      heading="Key points"
      id={id}
      explainer="Learning points for teaching, each summarising the authors’ own sentences; “source” links to them."
    >
      <ul className="key-points">
        {points.map((point) => (
          <li key={point.text}>
            {point.text} <SourceLinks anchors={point.sources} index={index} />
          </li>
        ))}
      </ul>
    </Added>
  )
}
