import { caseReport } from '../../content/case-report'
import pages from 'virtual:compiled-pages'
import { editionAtHand } from '../components/edition'

/**
 * The edition with the content bundled into the JavaScript: the single-file edition (which opens
 * from disk and cannot fetch) and the development server. Pages are compiled at build time.
 */
export const bundledEdition = editionAtHand(caseReport, pages)
