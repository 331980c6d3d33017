import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { addresses } from '../helpers/addresses'
import { launchBrowser, openPage } from './browser'
import { basePath } from './global-setup'
import { startNginx, startServe, type Host } from './hosts'

const hosts = [
  ['nginx with the generated include', startNginx],
  ['npm start', startServe],
] as const

/** Record every Content-Security-Policy violation the page reports, beside its console errors. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    )
  })
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

describe.each(hosts)('the site under its header policy, from %s', (_name, start) => {
  let host: Host
  beforeAll(async () => {
    host = await start(inject('dist'), '/')
  })
  afterAll(() => host?.stop())

  it('every page, the QR dialog, the figure viewer and the single-file edition run with no CSP violation', async () => {
    const { page, problems, close } = await openPage(browser, host.origin)
    await watchViolations(page)
    for (const { path } of addresses) {
      const response = await page.goto(host.origin + path, { waitUntil: 'networkidle' })
      expect(response?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'")
      await expect.poll(() => page.locator('main h1').count()).toBe(1)
      expect(await violations(page), path).toEqual([])
    }
    await page.goto(`${host.origin}/case/labs`, { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Link to C-reactive protein (CRP)' }).click()
    await page.getByRole('menuitem', { name: 'QR code for slides' }).click()
    await page
      .getByRole('dialog')
      .getByRole('img', { name: /^QR code for / })
      .waitFor()
    expect(await violations(page)).toEqual([])
    await page.goto(`${host.origin}/figures/3`, { waitUntil: 'networkidle' })
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => new URL(page.url()).pathname).toBe('/figures/3a')
    // Pan and zoom writes its transforms through the CSSOM, which the policy allows (style attributes it does not).
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await expect
      .poll(() =>
        page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.viewer-stage')!).transform).a),
      )
      .toBeGreaterThan(1)
    expect(await violations(page)).toEqual([])
    await page.goto(`${host.origin}/offline.html#/case/labs`, { waitUntil: 'networkidle' })
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Laboratory findings')
    expect(await violations(page)).toEqual([])
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('a second visit takes the hashed files from the cache without asking the server', async () => {
    const { page, close } = await openPage(browser, host.origin, { serviceWorkers: 'block' })
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    // A file the browser takes from its memory or disk cache is not asked of the server at all.
    let fromNetwork: string[] = []
    const cached = new Set<string>()
    cdp.on('Network.requestServedFromCache', ({ requestId }) => cached.add(requestId))
    cdp.on('Network.responseReceived', ({ requestId, response }) => {
      const hashed = /\/(assets|data)\//.test(response.url)
      if (hashed && !response.fromDiskCache && !response.fromServiceWorker)
        setTimeout(() => {
          if (!cached.has(requestId)) fromNetwork.push(`${response.status} ${response.url}`)
        }, 0)
    })
    await page.goto(`${host.origin}/case/imaging`, { waitUntil: 'networkidle' })
    expect(fromNetwork.length).toBeGreaterThan(3)
    await page.goto(`${host.origin}/about`, { waitUntil: 'networkidle' })
    fromNetwork = []
    await page.goto(`${host.origin}/case/imaging`, { waitUntil: 'networkidle' })
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Imaging')
    expect(fromNetwork).toEqual([])
    await close()
  })
})

describe.each(hosts)('a build for %s under the base path', (_name, start) => {
  it(`serves pages under ${basePath} with their header policy and no CSP violation`, async () => {
    const host = await start(inject('distBase'), basePath)
    // The server's answers, not the service worker's.
    const { page, problems, close } = await openPage(browser, host.origin, { serviceWorkers: 'block' })
    await watchViolations(page)
    for (const path of ['', 'case/labs/', 'figures/1', 'no/such/page']) {
      const response = await page.goto(host.url + path, { waitUntil: 'networkidle' })
      expect(response?.status(), path).toBe(path.startsWith('no/') ? 404 : 200)
      expect(response?.headers()['cache-control'], path).toBe('no-cache')
      await expect.poll(() => page.locator('main h1').count()).toBe(1)
      expect(await violations(page), path).toEqual([])
    }
    expect(problems.errors.filter((e) => !e.includes('404'))).toEqual([])
    await close()
    await host.stop()
  })
})
