import { caseReport } from '../../content/case-report'
import pages from 'virtual:compiled-pages'
import { editionAtHand } from '../components/edition'

/**
 * The edition with the content bundled into the JavaScript: the single-file edition (which opens
 * from disk and cannot fetch) and the development server. Pages and the search index are made at
 * build time; the index is its own chunk, loaded when search is first used.
 */
export const bundledEdition = editionAtHand(caseReport, pages, () =>
  import('virtual:search-index').then((m) => m.default),
)
