// What the prerender step loads through Vite's module runner: the renderer, the content and its pages.
import { caseReport } from '../../content/case-report'
import { pageAddresses } from '../lib/routes'
import { loadAllSections } from '../sections/registry'
export { sections } from '../sections/registry'
export { renderPage } from '../entry-server'
export { compiledPages } from './compiled-pages'
export { editionAtHand } from '../components/edition'
export { buildSearchIndex } from '../lib/search-index'
export { caseReport }

// Every section's code is loaded while the module runner is open, so any page renders at once.
await loadAllSections()

/** Every page of the site. */
export const addresses = pageAddresses(caseReport)
