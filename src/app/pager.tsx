import { Link } from 'react-router-dom'
import { neighbours } from '../lib/routes'

/** Previous and next pages in reading order. */
export function Pager({ routeId }: { routeId: string }) {
  const { previous, next } = neighbours(routeId)
  if (!previous && !next) return null
  return (
    <nav className="pager" aria-label="Previous and next page">
      {previous && (
        <Link to={previous.path} rel="prev" className="pager-previous">
          <span className="pager-direction">Previous</span> {previous.label}
        </Link>
      )}
      {next && (
        <Link to={next.path} rel="next" className="pager-next">
          <span className="pager-direction">Next</span> {next.label}
        </Link>
      )}
    </nav>
  )
}
