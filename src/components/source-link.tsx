import { Link } from 'react-router-dom'
import type { SentenceLocation } from '../lib/sentence-index'

/** Links from an entry this edition adds to the sentences of the article it comes from. */
export function SourceLinks({
  anchors,
  index,
}: {
  anchors: readonly string[]
  index: ReadonlyMap<string, SentenceLocation>
}) {
  return (
    <span className="source-links">
      {anchors.map((anchor, i) => (
        <Link key={anchor} to={{ pathname: index.get(anchor)?.path, hash: `#${anchor}` }}>
          {anchors.length > 1 ? `source ${i + 1}` : 'source'}
        </Link>
      ))}
    </span>
  )
}
