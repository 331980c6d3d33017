import { useLocation } from 'react-router-dom'
import { caseReport } from '../../content/case-report'
import { LinkTools } from '../components/link-tools'
import { PageTextProvider } from '../components/page-text'
import { ReferencesNote } from '../components/references-note'
import type { RouteEntry } from '../lib/routes'
import { SectionView } from '../sections/registry'
import { Layout } from './layout'
import { NotFound } from './not-found'
import { Pager } from './pager'
import { addressAt, routeData } from './route-data'

/** One page: its section, its references note when it cites any, previous and next. */
export function Page({ route }: { route: RouteEntry }) {
  const { pathname } = useLocation()
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname
  const address = addressAt(path)
  // A parameter route with a value no page has (e.g. /figures/9) is not found.
  if (!address || address.route.id !== route.id) return <NotFound />
  const data = routeData.get(path)
  const text = { markdown: (key: string, fallback: string) => data?.marked.get(key) ?? fallback }
  return (
    <Layout title={address.label} description={route.description}>
      <div className="page-tools">
        <LinkTools target={{ path }} label={address.label} />
      </div>
      <PageTextProvider value={text}>
        <SectionView report={caseReport} view={route.view} />
      </PageTextProvider>
      {data && data.citations.length > 0 && (
        <ReferencesNote references={caseReport.references} numbers={data.citations} doi={caseReport.meta.doi} />
      )}
      <Pager routeId={route.id} />
    </Layout>
  )
}
