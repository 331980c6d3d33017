import type { Edition } from '../components/edition'
import { addressAt } from '../lib/routes'
import { loadSection } from '../sections/registry'
import { pagePath } from './page'

/**
 * Load what the page opened at `pathname` renders (its text and its section's code), so that it
 * renders at once, complete: hydration matches the prerendered page, and a link's target is there
 * to scroll to. An address no page has needs nothing.
 */
export async function loadOpenedPage(edition: Edition, pathname: string): Promise<void> {
  const path = pagePath(pathname || '/')
  const address = addressAt(edition.report, path)
  if (address) await Promise.all([edition.pageText(path), loadSection(address.route.view.kind)])
}
