import type { Page } from 'playwright-core'

/** The text of the page's main landmark, white space collapsed. */
export async function mainText(page: Page): Promise<string> {
  const text = await page.locator('main').textContent()
  return (text ?? '').replace(/\s+/g, ' ').trim()
}
