import { Link } from 'react-router-dom'
import { paths } from '../lib/paths'
import type { SentenceLocation } from '../lib/sentence-index'
import { useCaseHome } from './page-text'

/** Links from an entry this edition adds to the sentences of the article it comes from. */
export function SourceLinks({
  anchors,
  index,
}: {
  anchors: readonly string[]
  index: ReadonlyMap<string, SentenceLocation>
}) {
  const home = useCaseHome()
  const pathOf = (anchor: string) => {
    const path = index.get(anchor)?.path
    return home && path?.startsWith(paths.case) ? home : path
  }
  return (
    <span className="source-links">
      {anchors.map((anchor, i) => (
        <Link key={anchor} to={{ pathname: pathOf(anchor), hash: `#${anchor}` }}>
          {anchors.length > 1 ? `source ${i + 1}` : 'source'}
        </Link>
      ))}
    </span>
  )
}
