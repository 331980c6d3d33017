import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { addresses } from '../helpers/addresses'
import { checkInOrder } from '../helpers/in-order'
import { unitsFor } from '../helpers/source-units'
import { launchBrowser, openPage } from './browser'
import { mainText } from './page-text'
import { serveStatic } from './static-server'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Wait until a service worker controls the page, with everything precached; says how far it got if not. */
async function waitForServiceWorker(page: Page) {
  const state = () =>
    page.evaluate(async () => {
      if (navigator.serviceWorker.controller) return 'controlling'
      const registration = await navigator.serviceWorker.getRegistration()
      if (!registration) return `no registration (document ${document.readyState})`
      const workers = (['installing', 'waiting', 'active'] as const).filter((s) => registration[s])
      return `registered: ${workers.map((s) => `${s} ${registration[s]?.state}`).join(', ') || 'no worker'}`
    })
  await expect.poll(state, { timeout: 45_000, interval: 250 }).toBe('controlling')
}

describe('offline reading', () => {
  it('after one visit, every route, deep links included, opens with the network off', async () => {
    const server = await serveStatic(inject('dist'))
    const origin = new URL(server.url).origin
    const { page, problems, close } = await openPage(browser, origin)
    await page.goto(server.url, { waitUntil: 'networkidle' })
    await waitForServiceWorker(page)
    await page.context().setOffline(true)
    await server.close()
    for (const { route, path } of addresses) {
      await page.goto(`${origin}${path}`)
      await expect.poll(() => page.locator('main h1').count()).toBe(1)
      const text = await mainText(page)
      expect(checkInOrder(unitsFor(route, text), text), path).toEqual({ missing: [], outOfOrder: [] })
    }
    await page.goto(`${origin}/case/labs#s-crp`)
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('s-crp')
    await page.reload()
    expect(await page.locator('main h1').textContent()).toBe('Laboratory findings')
    await page.goto(`${origin}/case/labs?present#crp`)
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('crp')
    await page.goto(`${origin}/search?q=edema`)
    await expect.poll(() => page.locator('.search-hits li').count()).toBeGreaterThan(3)
    expect(problems.errors).toEqual([])
    await page.goto(`${origin}/not/a/page`)
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Page not found')
    expect(problems.foreignRequests).toEqual([])
    await close()
  })

  it('tells the reader when a new build is available and loads it on request', async () => {
    const first = mkdtempSync(join(tmpdir(), 'site-a-'))
    cpSync(inject('dist'), first, { recursive: true })
    const server = await serveStatic(first)
    const { page, problems, close } = await openPage(browser, new URL(server.url).origin)
    await page.goto(`${server.url}about`, { waitUntil: 'networkidle' })
    await waitForServiceWorker(page)
    expect(await page.getByRole('button', { name: 'Reload to update' }).count()).toBe(0)

    // A new deployment: one page changed, and the worker's precache list with it.
    const second = mkdtempSync(join(tmpdir(), 'site-b-'))
    cpSync(inject('dist'), second, { recursive: true })
    const about = join(second, 'about/index.html')
    writeFileSync(about, readFileSync(about, 'utf8').replace('</body>', '<!-- new build --></body>'))
    const sw = join(second, 'sw.js')
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/("revision":")[0-9a-f]+(","url":"about")/, '$1new-build$2'))
    server.swap(second)

    await page.reload()
    const button = page.getByRole('button', { name: 'Reload to update' })
    await button.waitFor({ timeout: 30_000 })
    expect(await page.locator('.update-banner').textContent()).toContain('Updated content is available')
    await Promise.all([page.waitForEvent('load'), button.click()])
    await expect.poll(() => page.content()).toContain('<!-- new build -->')
    expect(problems.errors).toEqual([])
    await close()
    await server.close()
  })
})
