import type { Traced } from '../model/case'
import type { SentenceLocation } from '../lib/sentence-index'
import { SourceLinks } from './source-link'

/** A list of summary facts, each with links to its source sentences. */
export function TracedList({
  items,
  index,
}: {
  items: readonly Traced[]
  index: ReadonlyMap<string, SentenceLocation>
}) {
  return (
    <ul className="traced">
      {items.map((item) => (
        <li key={item.text}>
          {item.text} <SourceLinks anchors={item.sources} index={index} />
        </li>
      ))}
    </ul>
  )
}
