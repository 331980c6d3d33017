import { caseReport } from '../../content/case-report'
import { PageTextProvider } from '../components/page-text'
import { ReferencesNote } from '../components/references-note'
import type { RouteEntry } from '../lib/routes'
import { SectionView } from '../sections/registry'
import { Layout } from './layout'
import { Pager } from './pager'
import { routeData } from './route-data'

/** One route's page: its section, its references note when it cites any, previous and next. */
export function Page({ route }: { route: RouteEntry }) {
  const data = routeData.get(route.id)
  const text = { markdown: (key: string, fallback: string) => data?.marked.get(key) ?? fallback }
  return (
    <Layout title={route.label}>
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
