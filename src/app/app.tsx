import { Route, Routes } from 'react-router-dom'
import { routes } from '../lib/routes'
import { NotFound } from './not-found'
import { Page } from './page'

/** The routes of the table, and the not-found page for anything else. */
export function App() {
  return (
    <Routes>
      {routes.map((r) => (
        <Route key={r.id} path={r.path} element={<Page route={r} />} />
      ))}
      <Route path="*" element={<NotFound />} />
    </Routes>
  )
}
