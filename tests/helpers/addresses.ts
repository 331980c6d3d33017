import { caseReport } from '../../content/case-report'
import { pageAddresses, routes, type RouteEntry } from '../../src/lib/routes'

/** Every page of the site (parameter routes expanded over the content). */
export const addresses = pageAddresses(caseReport)

/** The routes the contents lists (parameter routes are reached from their list pages). */
export const listedRoutes = (routes as readonly RouteEntry[]).filter((r) => !r.hidden)
