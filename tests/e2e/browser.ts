import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'

/** Debian's Chromium, headless, with nothing that reaches for the network by itself. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** What went wrong on a page: console errors, uncaught errors, and requests that left the origin. */
export interface PageProblems {
  errors: string[]
  foreignRequests: string[]
}

/** Open a page in a fresh context and record its problems. */
export async function openPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: PageProblems; close: () => Promise<void> }> {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  const problems: PageProblems = { errors: [], foreignRequests: [] }
  const allowed = (url: string) =>
    url.startsWith(origin) ||
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    (origin === 'file://' && url.startsWith('file:'))
  page.on('console', (m) => {
    if (m.type() === 'error') problems.errors.push(m.text())
  })
  page.on('pageerror', (e) => problems.errors.push(e.message))
  context.on('request', (r) => {
    if (!allowed(r.url())) problems.foreignRequests.push(r.url())
  })
  return { page, problems, close: () => context.close() }
}
