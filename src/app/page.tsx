import { use } from 'react'
import { useLocation } from 'react-router-dom'
import { LinkTools } from '../components/link-tools'
import { pageTextOf, PageTextProvider } from '../components/page-text'
import { ReferencesNote } from '../components/references-note'
import { addressAt, type RouteEntry } from '../lib/routes'
import { SectionView } from '../sections/registry'
import { useEdition } from '../components/edition'
import { Layout } from './layout'
import { NotFound } from './not-found'
import { Pager } from './pager'

/** A location's path without a trailing slash (`/case/labs/` is `/case/labs`). */
export function pagePath(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname
}

/** One page: its section, its references note when it cites any, previous and next. */
export function Page({ route }: { route: RouteEntry }) {
  const path = pagePath(useLocation().pathname)
  const { report, pageText } = useEdition()
  const address = addressAt(report, path)
  // A parameter route with a value no page has (e.g. /figures/9) is not found.
  if (!address || address.route.id !== route.id) return <NotFound />
  // Already loaded when the page was opened; loaded on the way when navigating here.
  const text = use(pageText(path))
  return (
    <Layout title={address.label} description={route.description}>
      <div className="page-tools">
        <LinkTools target={{ path }} label={address.label} />
      </div>
      <PageTextProvider value={pageTextOf(text, path)}>
        <SectionView report={report} view={route.view} />
      </PageTextProvider>
      {text.citations.length > 0 && (
        <ReferencesNote references={report.references} numbers={text.citations} doi={report.meta.doi} />
      )}
      <Pager routeId={route.id} />
    </Layout>
  )
}
