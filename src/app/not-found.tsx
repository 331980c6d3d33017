import { Link, useLocation } from 'react-router-dom'
import { routes } from '../lib/routes'
import { Layout } from './layout'

/** Any unknown path: says so plainly and links to every section. */
export function NotFound() {
  const { pathname } = useLocation()
  return (
    <Layout title="Page not found">
      <h1 id="not-found">Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>. The link may be mistyped or out of date. Every page of the article
        is listed here:
      </p>
      <ul className="not-found-list">
        {routes.map((r) => (
          <li key={r.id}>
            <Link to={r.path}>{r.label}</Link> <span className="description">{r.description}</span>
          </li>
        ))}
      </ul>
    </Layout>
  )
}
