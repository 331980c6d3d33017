import { Link, useLocation } from 'react-router-dom'
import { listedRoutes } from '../lib/routes'
import { Layout } from './layout'
import { useIsClient } from '../components/use-is-client'

/** Any unknown path: says so plainly and links to every section. */
export function NotFound() {
  const { pathname } = useLocation()
  // The static 404 page is built once for every unknown address: the address is shown once running.
  const isClient = useIsClient()
  return (
    <Layout
      title="Page not found"
      description="There is no page at this address; every page of the article is listed here"
    >
      <h1 id="not-found">Page not found</h1>
      <p>
        There is no page at {isClient ? <code>{pathname}</code> : 'this address'}. The link may be mistyped or out of
        date. Every page of the article is listed here:
      </p>
      <ul className="not-found-list">
        {listedRoutes.map((r) => (
          <li key={r.id}>
            <Link to={r.path}>{r.label}</Link> <span className="description">{r.description}</span>
          </li>
        ))}
      </ul>
    </Layout>
  )
}
