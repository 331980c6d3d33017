import { caseReport } from '../../content/case-report'
import { pageTextData, type PageTextData } from '../lib/page-text'
import { pageAddresses, type PageAddress } from '../lib/routes'

/** Every page of the site, computed once. */
export const addresses: readonly PageAddress[] = pageAddresses(caseReport)

/** Each page's text data by path, computed once for the whole app. */
export const routeData: ReadonlyMap<string, PageTextData> = new Map(
  addresses.map((a) => [a.path, pageTextData(a.route.view, caseReport, a.path)] as const),
)

/** The page at a path, or undefined for a path no page has. */
export function addressAt(path: string): PageAddress | undefined {
  return addresses.find((a) => a.path === path)
}
