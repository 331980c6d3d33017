import { Link } from 'react-router-dom'
import { sentenceAnchor } from '../lib/paths'

/** Links from a summary entry to the sentences of the authors' text it comes from. */
export function SourceLinks({ ids, pathFor }: { ids: readonly string[]; pathFor: (id: string) => string }) {
  return (
    <span className="source-links">
      {ids.map((id, i) => (
        <Link key={id} to={{ pathname: pathFor(id), hash: `#${sentenceAnchor(id)}` }}>
          {ids.length > 1 ? `source ${i + 1}` : 'source'}
        </Link>
      ))}
    </span>
  )
}
