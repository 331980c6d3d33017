import { NavLink } from 'react-router-dom'
import { routes } from '../lib/routes'

/** The contents: every route of the table, the case's parts nested under it. */
export function ContentsList() {
  return (
    <ol className="contents-list">
      {routes.map((r) => (
        <li key={r.id} className={'parent' in r ? 'sub' : undefined}>
          <NavLink to={r.path} end>
            {r.label}
          </NavLink>
        </li>
      ))}
    </ol>
  )
}
