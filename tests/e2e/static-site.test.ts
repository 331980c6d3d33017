import { describe, expect, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import { routes } from '../../src/lib/routes'
import { addresses, listedRoutes } from '../helpers/addresses'
import { checkInOrder } from '../helpers/in-order'
import { sentencesOf, unitsFor } from '../helpers/source-units'
import { openPage } from './browser'
import { mainText } from './page-text'
import { siteUnderTest } from './site'

const urlOf = (path: string) => site.server.url + path.slice(1)

const site = siteUnderTest()

describe.each(addresses)('$path on a static server without rewrite rules', ({ route, path, label }) => {
  it('loads cold, hydrates without a console error and asks nothing of another origin', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin)
    const response = await page.goto(urlOf(path), { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(200)
    expect(await page.title()).toContain(label)
    await expect.poll(() => page.evaluate(() => document.querySelector('main h1') !== null)).toBe(true)
    const text = await mainText(page)
    expect(checkInOrder(unitsFor(route, text), text)).toEqual({ missing: [], outOfOrder: [] })
    await page.waitForTimeout(300)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('shows its whole text with JavaScript disabled', async () => {
    const { page, close } = await openPage(site.browser, site.origin, { javaScriptEnabled: false })
    await page.goto(urlOf(path))
    const text = await mainText(page)
    const units = unitsFor(route, text)
    expect(await page.locator('main h1').count()).toBe(1)
    expect(checkInOrder(units, text)).toEqual({ missing: [], outOfOrder: [] })
    await close()
  })
})

describe('the static site', () => {
  it('without JavaScript, the case pages together hold every sentence of the Case Report', async () => {
    const { page, close } = await openPage(site.browser, site.origin, { javaScriptEnabled: false })
    let all = ''
    for (const { path } of addresses.filter((a) => a.route.view.kind === 'case-part')) {
      await page.goto(urlOf(path))
      all += ` ${await mainText(page)}`
    }
    expect(sentencesOf(caseReport.case.sourceHeading).filter((s) => !all.includes(s))).toEqual([])
    await close()
  })

  it('answers an unknown path with the not-found page, status 404, linking every page', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin)
    const response = await page.goto(urlOf('/no/such/page'), { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(404)
    await expect.poll(() => mainText(page)).toContain('/no/such/page')
    expect(await page.locator('main h1').textContent()).toBe('Page not found')
    for (const r of listedRoutes) expect(await page.locator(`main a[href="${r.path}"]`).count()).toBeGreaterThan(0)
    expect(problems.errors.filter((e) => !e.includes('404'))).toEqual([])
    expect(problems.foreignRequests).toEqual([])
    await close()
  })

  it.each([
    ['/case/labs/', '/case/labs', 'Laboratory findings'],
    ['/index.html', '/', 'Title page'],
  ])(
    'opened as %s (as a host may show it), is the page %s: hydrates cleanly, one current page',
    async (asked, canonical, label) => {
      const { page, problems, close } = await openPage(site.browser, site.origin, {
        viewport: { width: 1280, height: 800 },
      })
      await page.goto(site.origin + asked, { waitUntil: 'networkidle' })
      await expect.poll(() => new URL(page.url()).pathname).toBe(canonical)
      const current = () => page.locator('.sidebar [aria-current="page"]').allTextContents()
      await expect.poll(current).toEqual([label])
      await page.getByRole('link', { name: /^Next / }).click()
      await expect.poll(current).not.toEqual([label])
      expect(await current()).toHaveLength(1)
      expect(problems).toEqual({ errors: [], foreignRequests: [] })
      await close()
    },
  )

  it('pages through the article with its next links after hydration', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin)
    await page.goto(urlOf('/'), { waitUntil: 'networkidle' })
    const sequence = routes.filter((r) => !('aside' in r && r.aside))
    for (const next of sequence.slice(1)) {
      await page.getByRole('link', { name: new RegExp(`^Next ${next.label}$`) }).click()
      await expect.poll(() => new URL(page.url()).pathname).toBe(next.path)
      await expect.poll(() => page.title()).toContain(next.label)
      expect(await page.locator('main h1').count()).toBe(1)
    }
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('says so in place, and tries again, when the next page’s text cannot be fetched', async () => {
    // Without the service worker, which would answer from its cache.
    const { page, close } = await openPage(site.browser, site.origin, { serviceWorkers: 'block' })
    await page.goto(urlOf('/case/labs'), { waitUntil: 'networkidle' })
    await page.route('**/pages/case/management.json', (route) => route.abort('internetdisconnected'))
    await page.getByRole('link', { name: /^Next Management$/ }).click()
    await expect.poll(() => page.locator('main h1').textContent()).toBe('This page could not be loaded')
    expect(new URL(page.url()).pathname).toBe('/case/management')
    // The layout stays: contents and previous/next still lead on; the heading has focus.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('load-error')
    expect(await page.getByRole('link', { name: /^Next Follow-up$/ }).count()).toBe(1)
    await page.unroute('**/pages/case/management.json')
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Management')
    await close()
  })

  it('shows that the next page is on its way, and says when the edition has been replaced', async () => {
    const { page, close } = await openPage(site.browser, site.origin, { serviceWorkers: 'block' })
    await page.goto(urlOf('/case/labs'), { waitUntil: 'networkidle' })
    let release = () => {}
    const held = new Promise<void>((done) => (release = done))
    await page.route('**/pages/case/management.json', async (route) => {
      await held
      await route.continue()
    })
    await page.getByRole('link', { name: /^Next Management$/ }).click()
    await expect.poll(() => page.locator('.page-loading:not(.idle)').count()).toBe(1)
    expect(await page.getByRole('status').filter({ hasText: 'Loading the page' }).count()).toBe(1)
    expect(await page.locator('main h1').textContent()).toBe('Laboratory findings')
    release()
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Management')
    expect(await page.locator('.page-loading.idle').count()).toBe(1)

    // A file gone from the server: a newer edition replaced this one.
    await page.route('**/pages/case/follow-up.json', (route) => route.fulfill({ status: 404, body: '' }))
    await page.getByRole('link', { name: /^Next Follow-up$/ }).click()
    await expect.poll(() => page.locator('main h1').textContent()).toBe('This edition has been updated')
    expect(await page.getByRole('button', { name: 'Reload' }).count()).toBe(1)

    // A host that answers a missing file with a page, status 200, means the same.
    await page.route('**/pages/discussion.json', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>x</title>' }),
    )
    await page.getByRole('link', { name: /^Next Discussion$/ }).click()
    await expect.poll(() => page.locator('main h1').textContent()).toBe('This edition has been updated')
    await close()
  })
})
