import { caseReport } from '../../content/case-report'
import { pageTextData, type PageTextData } from '../lib/page-text'
import { routes } from '../lib/routes'

/** Each route's text data, computed once for the whole app. */
export const routeData: ReadonlyMap<string, PageTextData> = new Map(
  routes.map((r) => [r.id, pageTextData(r.view, caseReport)] as const),
)
