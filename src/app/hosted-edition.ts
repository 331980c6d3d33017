import type { CaseReport } from '../model/case-report'
import type { CompiledPageText } from '../model/compiled'
import { pageTextFile, searchIndexFile } from '../lib/paths'
import { LoadFailure, trackLoading } from '../lib/loading'
import { memoized } from '../lib/settled'
import { once, type Edition } from '../components/edition'
import type { SearchIndexData } from '../lib/search-index'

/** A data file of this build. A missing file means a newer edition has replaced this one. */
async function fetchJson<T>(url: string): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(60_000) })
  } catch (error) {
    throw new LoadFailure(`${url}: ${String(error)}`)
  }
  if (!response.ok) throw new LoadFailure(`${url}: ${response.status} ${response.statusText}`, response.status === 404)
  // A host that answers every missing file with a page (a single-page fallback) means the same.
  if (!response.headers.get('content-type')?.includes('json'))
    throw new LoadFailure(`${url}: answered with ${response.headers.get('content-type')}, not data`, true)
  return (await response.json()) as T
}

/**
 * The edition of the hosted build: the root element of the page names the report's data file
 * (`data-edition`; the boot script has already started fetching it); each page's compiled text sits
 * beside it and is fetched when a page needs it (the service worker keeps them all for offline use).
 */
export async function hostedEdition(root: HTMLElement): Promise<Edition> {
  const { edition } = root.dataset
  if (!edition) throw new Error('this page does not say where its data is: no data-edition on #root')
  const reportUrl = new URL(edition, document.baseURI).href
  const report = await fetchJson<CaseReport>(reportUrl)
  return {
    report,
    searchIndex: once(() => trackLoading(fetchJson<SearchIndexData>(new URL(searchIndexFile, reportUrl).href))),
    pageText: memoized((path) =>
      trackLoading(fetchJson<CompiledPageText>(new URL(pageTextFile(path), reportUrl).href)),
    ),
  }
}
