import type { CaseReport } from '../model/case-report'
import type { CompiledPageText } from '../model/compiled'
import { pageTextFile } from '../lib/paths'
import { memoized } from '../lib/settled'
import type { Edition } from '../components/edition'

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`)
  return (await response.json()) as T
}

/**
 * The edition of the hosted build: its page names the data file of the report (`link#edition-data`,
 * which also starts fetching it early); each page's compiled text sits beside it and is fetched when
 * a page needs it (the service worker keeps them all for offline use).
 */
export async function hostedEdition(document: Document): Promise<Edition> {
  const link = document.querySelector<HTMLLinkElement>('link#edition-data')
  if (!link) throw new Error('this page does not say where its data is: no link#edition-data')
  const report = await fetchJson<CaseReport>(link.href)
  return {
    report,
    pageText: memoized((path) => fetchJson<CompiledPageText>(new URL(pageTextFile(path), link.href).href)),
  }
}
