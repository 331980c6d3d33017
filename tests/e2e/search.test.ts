import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage } from './browser'
import { serveStatic } from './static-server'
import { siteUnderTest } from './site'

const site = siteUnderTest()
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

/** What the issue asked for: each of these finds its sentence. */
const wanted = [
  ['biphosphonates', '/case/management#s-bisphosphonates-withheld'],
  ['AVN', '/case/imaging#s-mri-diagnosis'],
  ['oedema', '/case/imaging#s-stir-edema'],
  ['avascular', '/case/imaging#s-mri-diagnosis'],
] as const

/** The places the listed hits link to, as `path#id` (hash routing's `#/path#id` read the same way). */
const hitTargets = (page: Page) =>
  page
    .locator('.search-hits a')
    .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').replace(/^.*?#\//, '/')))

/** Type into the page's search box key by key, as on a phone, replacing what it held. */
async function typeQuery(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: 'Words to find' })
  await box.tap()
  await box.fill('')
  await box.pressSequentially(query, { delay: 30 })
}

describe('search on a phone', () => {
  it('shows results while typing, each at its page and section with the matched words marked', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, phone)
    await page.goto(`${site.origin}/search`, { waitUntil: 'networkidle' })
    for (const [query, target] of wanted) {
      await typeQuery(page, query)
      await expect.poll(() => hitTargets(page), { message: query }).toContain(target)
      expect(new URL(page.url()).searchParams.get('q')).toBe(query)
    }
    const hit = page.locator('.search-hits li').first()
    expect(await hit.getByRole('link').textContent()).toBe('Imaging · Case Report, paragraph 3')
    expect(await hit.locator('mark').allTextContents()).toEqual(['avascular'])
    await typeQuery(page, 'zebra')
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'zebra' }).textContent())
      .toBe('Nothing in the article matches “zebra”.')
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('Enter in the header box opens the search page with its results; a hit leads to its sentence', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, phone)
    await page.goto(`${site.origin}/abstract`, { waitUntil: 'networkidle' })
    const box = page.getByRole('searchbox', { name: 'Search the article' })
    await box.tap()
    await box.pressSequentially('AVN', { delay: 30 })
    await box.press('Enter')
    await expect.poll(() => page.url()).toBe(`${site.origin}/search?q=AVN`)
    await expect.poll(() => hitTargets(page)).toEqual(['/case/imaging#s-mri-diagnosis'])
    expect(await page.getByRole('searchbox', { name: 'Words to find' }).inputValue()).toBe('AVN')
    await page.locator('.search-hits a').first().tap()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('s-mri-diagnosis')
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('opened cold with a query, the results arrive without moving the page', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, phone)
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number }
      w.shifts = 0
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) w.shifts += e.value
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.goto(`${site.origin}/search?q=bone%20marrow%20edema`, { waitUntil: 'networkidle' })
    await expect.poll(() => page.locator('.search-hits li').count()).toBeGreaterThan(5)
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('without JavaScript, says that search needs it and links to the whole article', async () => {
    const { page, close } = await openPage(site.browser, site.origin, { ...phone, javaScriptEnabled: false })
    await page.goto(`${site.origin}/search?q=AVN`)
    expect(await page.locator('main').textContent()).toContain('Search needs JavaScript')
    expect(await page.getByRole('link', { name: 'the whole article on one page' }).getAttribute('href')).toBe('/full')
    await close()
  })
})

describe('search without a network', () => {
  it('the single-file edition finds each word from its bundled index', async () => {
    const file = join(inject('dist'), 'offline.html')
    const { page, problems, close } = await openPage(site.browser, 'file://', phone)
    await page.goto(`file://${file}#/search`)
    for (const [query, target] of wanted) {
      await typeQuery(page, query)
      await expect.poll(() => hitTargets(page), { message: query }).toContain(target)
    }
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('the hosted site, once visited, finds each word offline', async () => {
    const server = await serveStatic(inject('dist'))
    const origin = new URL(server.url).origin
    const { page, problems, close } = await openPage(site.browser, origin, phone)
    await page.goto(server.url, { waitUntil: 'networkidle' })
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 45_000 })
      .toBe(true)
    await page.context().setOffline(true)
    await server.close()
    await page.goto(`${origin}/search`)
    for (const [query, target] of wanted) {
      await typeQuery(page, query)
      await expect.poll(() => hitTargets(page), { message: query }).toContain(target)
    }
    expect(problems.foreignRequests).toEqual([])
    await close()
  })
})

describe('citations in the browser', () => {
  it('a range leads to its references and "Back to the text" returns to the citing sentence', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, phone)
    await page.goto(`${site.origin}/introduction`, { waitUntil: 'networkidle' })
    const link = page.locator('#introduction-1-5 sup.citation a')
    expect(await link.textContent()).toBe('1-6')
    // A first tap previews, a second follows.
    await link.tap()
    await link.tap()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ref-1')
    expect(await page.locator('.reference-list > li.cited-now').count()).toBe(6)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Back to the text')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('introduction-1-5')
    expect(new URL(page.url()).hash).toBe('#introduction-1-5')
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })
})
