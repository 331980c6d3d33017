import { Suspense } from 'react'
import { Route, Routes, useLocation } from 'react-router-dom'
import { routes } from '../lib/routes'
import { EditionProvider, type Edition } from '../components/edition'
import { LoadError } from './load-error'
import { NotFound } from './not-found'
import { Page } from './page'

/** The routes of the table, and the not-found page for anything else, over one edition of the article. */
export function App({ edition }: { edition: Edition }) {
  const { pathname } = useLocation()
  return (
    <EditionProvider value={edition}>
      <LoadError pathname={pathname}>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <Routes>
            {routes.map((r) => (
              <Route key={r.id} path={r.path} element={<Page route={r} />} />
            ))}
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </LoadError>
    </EditionProvider>
  )
}
