import { Link } from 'react-router-dom'
import type { SearchHit } from '../lib/search-index'

/** Hits of a search: where each stands (page and section), linked, and its text with every matched word marked. */
export function SearchHits({ hits }: { hits: readonly SearchHit[] }) {
  return (
    <ol className="search-hits">
      {hits.map(({ unit, pieces }) => (
        <li key={unit.id}>
          <Link to={{ pathname: unit.path, hash: `#${unit.id}` }} className="search-hit-place">
            {unit.page}
            <span className="search-hit-section"> · {unit.section}</span>
          </Link>
          <p>{pieces.map((piece, i) => (piece.mark ? <mark key={i}>{piece.text}</mark> : piece.text))}</p>
        </li>
      ))}
    </ol>
  )
}
