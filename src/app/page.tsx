import { Suspense, use, useMemo } from 'react'
import { useLocation } from 'react-router-dom'
import { useEdition } from '../components/edition'
import { LinkTools } from '../components/link-tools'
import { pageTextOf, PageTextProvider } from '../components/page-text'
import { addressAt, type RouteEntry } from '../lib/routes'
import { forgetFailedSections, loadSection, SectionView } from '../sections/registry'
import { useDrawSkippedBlocks } from './draw-blocks'
import { BareLayout, Layout } from './layout'
import { LoadError } from './load-error'
import { NotFound } from './not-found'
import { Pager } from './pager'

/** A location's path without a trailing slash (`/case/labs/` is `/case/labs`). */
export function pagePath(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname
}

/** What a page shows inside the layout, once its text and its section's code have arrived. */
function PageBody({ route, path, label }: { route: RouteEntry; path: string; label: string }) {
  const { report, pageText } = useEdition()
  // Both start at once: the section's code need not wait for the text.
  const section = loadSection(route.view.kind)
  const text = use(pageText(path))
  use(section)
  // A stable value: a new one would re-render, before they hydrate, parts of the page that load on demand.
  const pageTextValue = useMemo(() => pageTextOf(text, path), [text, path])
  useDrawSkippedBlocks(path)
  return (
    <>
      {!route.bare && (
        <div className="page-tools">
          <LinkTools target={{ path }} label={label} text="Link" />
        </div>
      )}
      <PageTextProvider value={pageTextValue}>
        <SectionView report={report} view={route.view} />
      </PageTextProvider>
    </>
  )
}

/** One page: its section (with its references note when it cites any), previous and next. */
export function Page({ route }: { route: RouteEntry }) {
  const path = pagePath(useLocation().pathname)
  const { report, pageText } = useEdition()
  const address = addressAt(report, path)
  // A parameter route with a value no page has (e.g. /figures/9) is not found.
  if (!address || address.route.id !== route.id) return <NotFound />
  const retry = () => {
    pageText.forgetFailures()
    forgetFailedSections()
  }
  const body = (
    <LoadError pathname={path} onRetry={retry}>
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <PageBody route={route} path={path} label={address.label} />
      </Suspense>
    </LoadError>
  )
  if (route.bare)
    return (
      <BareLayout title={address.label} description={route.description}>
        {body}
      </BareLayout>
    )
  return (
    <Layout title={address.label} description={route.description}>
      {body}
      <Pager routeId={route.id} />
    </Layout>
  )
}
