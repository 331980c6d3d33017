import { NavLink } from 'react-router-dom'
import { listedRoutes, type RouteEntry } from '../lib/routes'

function Entries({ entries }: { entries: readonly RouteEntry[] }) {
  return (
    <ol className="contents-list">
      {entries.map((r) => (
        <li key={r.id} className={r.parent ? 'sub' : undefined}>
          <NavLink to={r.path} end>
            {r.label}
          </NavLink>
        </li>
      ))}
    </ol>
  )
}

/** The contents: the article in reading order, then the other views this edition adds. */
export function ContentsList() {
  return (
    <>
      <Entries entries={listedRoutes.filter((r) => !r.aside)} />
      <p className="contents-group">Also in this edition</p>
      <Entries entries={listedRoutes.filter((r) => r.aside)} />
    </>
  )
}
