import { caseReport } from '../../content/case-report'
import { pageAddresses } from '../../src/lib/routes'

/** Every page of the site (parameter routes expanded over the content). */
export const addresses = pageAddresses(caseReport)

export { listedRoutes } from '../../src/lib/routes'
