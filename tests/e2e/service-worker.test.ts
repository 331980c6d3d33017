import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { addresses } from '../helpers/addresses'
import { launchBrowser, openPage, type PageProblems } from './browser'
import { basePath } from './global-setup'
import { startServe, type Host } from './hosts'

let browser: Browser
let host: Host
beforeAll(async () => {
  browser = await launchBrowser()
  host = await startServe(inject('dist'))
})
afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

/** The URL forms the README documents for a page: /x, /x/ and /x/index.html (/ and /index.html). */
const formsOf = (path: string) => (path === '/' ? ['/', '/index.html'] : [path, `${path}/`, `${path}/index.html`])

/** Open a URL form of a page; it must become the page, hydrated, with no console error. */
async function opensAsPage(page: Page, problems: PageProblems, form: string, path: string, label: string, at = host) {
  await page.goto(at.origin + form)
  await expect.poll(() => new URL(page.url()).pathname).toBe(path)
  expect(await page.title(), form).toContain(label)
  // Hydrated: React has claimed the page's heading (a mismatch is reported before it does).
  const claimed = () =>
    page.evaluate(() => Object.keys(document.querySelector('main h1') ?? {}).some((k) => k.startsWith('__reactFiber')))
  await expect.poll(claimed, { timeout: 10_000 }).toBe(true)
  await page.waitForTimeout(50)
  expect(problems.errors, form).toEqual([])
}

describe('every documented URL form of every page hydrates cleanly', () => {
  it('cold, with no service worker', async () => {
    const { page, problems, close } = await openPage(browser, host.origin, { serviceWorkers: 'block' })
    for (const { path, label } of addresses.filter((a) => /^\/(case\/|figures\/3$|teach\/2$|$)/.test(a.path)))
      for (const form of formsOf(path)) await opensAsPage(page, problems, form, path, label)
    await close()
  })

  it('warm, with the service worker in control (and offline, from its cache)', async () => {
    const { page, problems, close } = await openPage(browser, host.origin)
    await page.goto(host.origin, { waitUntil: 'networkidle' })
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 45_000 })
      .toBe(true)
    for (const { path, label } of addresses)
      for (const form of formsOf(path)) await opensAsPage(page, problems, form, path, label)
    await page.context().setOffline(true)
    for (const form of formsOf('/case/labs')) await opensAsPage(page, problems, form, '/case/labs', 'Laboratory')
    // The single-file edition the pages link to is there offline too.
    const offline = await page.evaluate(async () => {
      const response = await fetch('/offline.html')
      return [response.status, (await response.text()).length > 100_000]
    })
    expect(offline).toEqual([200, true])
    await page.goto(`${host.origin}/not/a/page/`)
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Page not found')
    await close()
  }, 150_000)

  it(`under the base path ${basePath}, with the service worker in control`, async () => {
    const based = await startServe(inject('distBase'))
    const { page, problems, close } = await openPage(browser, based.origin)
    await page.goto(based.url, { waitUntil: 'networkidle' })
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 45_000 })
      .toBe(true)
    const base = basePath.replace(/\/$/, '')
    for (const form of formsOf('/case/labs'))
      await opensAsPage(page, problems, base + form, `${base}/case/labs`, 'Laboratory', based)
    for (const form of ['', 'index.html']) await opensAsPage(page, problems, basePath + form, basePath, 'Title', based)
    await close()
    await based.stop()
  })
})
