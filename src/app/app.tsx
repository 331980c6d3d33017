import { Route, Routes } from 'react-router-dom'
import { EditionProvider, type Edition } from '../components/edition'
import { routes } from '../lib/routes'
import { NotFound } from './not-found'
import { Page } from './page'
import { ScrollToTarget } from './scroll-to-target'

/** The routes of the table, and the not-found page for anything else, over one edition of the article. */
export function App({ edition }: { edition: Edition }) {
  return (
    <EditionProvider value={edition}>
      {/* Above the routes, so that it stays mounted whichever page (or the not-found page) is shown. */}
      <ScrollToTarget />
      <Routes>
        {routes.map((r) => (
          <Route key={r.id} path={r.path} element={<Page route={r} />} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </EditionProvider>
  )
}
