import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { RouteEntry } from '../../src/lib/routes'
import { addresses } from '../helpers/addresses'
import { openPage } from './browser'
import { walkFocus } from './focus-walk'
import { siteUnderTest } from './site'

const site = siteUnderTest()

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

describe.each(['light', 'dark'] as const)('axe-core, WCAG 2.2 AA, %s scheme', (colorScheme) => {
  it('reports no violation on any page, nor on the not-found page', async () => {
    const { page, close } = await openPage(site.browser, site.origin, { colorScheme })
    const found: string[] = []
    for (const path of [...addresses.map((a) => a.path), '/no/such/page']) {
      await page.goto(site.origin + path, { waitUntil: 'networkidle' })
      const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze()
      for (const v of violations)
        found.push(
          `${path}: ${v.id} (${v.nodes.length}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
        )
    }
    expect(found).toEqual([])
    await close()
  }, 300_000)
})

describe('keyboard', () => {
  it('the first Tab reaches a visible skip link, which moves focus to the main content', async () => {
    const { page, close } = await openPage(site.browser, site.origin)
    await page.goto(`${site.origin}/case/labs`, { waitUntil: 'networkidle' })
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    expect(await skip.evaluate((a) => a === document.activeElement)).toBe(true)
    const box = await skip.boundingBox()
    expect(box && box.y >= 0 && box.height >= 24).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    await close()
  })

  it.each([360, 1280])(
    'on every page at %i px, every Tab stop is outlined, in view, not covered, and at least 24 px unless inline in text',
    async (width) => {
      const { page, close } = await openPage(site.browser, site.origin, { viewport: { width, height: 800 } })
      const problems: string[] = []
      for (const path of [...addresses.map((a) => a.path), '/no/such/page']) {
        await page.goto(site.origin + path, { waitUntil: 'networkidle' })
        const stops = await walkFocus(page)
        // A slide shows nothing but the step: its few controls (back, next, leave) are the stops.
        const bare = (addresses.find((a) => a.path === path)?.route as RouteEntry | undefined)?.bare
        expect(stops.length, path).toBeGreaterThan(bare ? 0 : 5)
        for (const stop of stops) {
          const wrong = [
            !stop.inView && 'out of view',
            !stop.outlined && 'no outline',
            stop.coveredBy && `covered by ${stop.coveredBy}`,
            !stop.inline && (stop.width < 24 || stop.height < 24) && `${stop.width}x${stop.height} px`,
          ].filter(Boolean)
          if (wrong.length) problems.push(`${path}: ${stop.name}: ${wrong.join(', ')}`)
        }
      }
      expect(problems).toEqual([])
      await close()
    },
    300_000,
  )

  it('at 360 px, the contents menu is worked by keyboard: open, choose a page, land on its heading', async () => {
    const { page, close } = await openPage(site.browser, site.origin, { viewport: { width: 360, height: 800 } })
    await page.goto(`${site.origin}/`, { waitUntil: 'networkidle' })
    const menu = page.locator('summary', { hasText: 'Contents' })
    while (!(await menu.evaluate((m) => m === document.activeElement))) await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    while (!(await page.evaluate(() => document.activeElement?.textContent === 'Laboratory findings')))
      await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${site.origin}/case/labs`)
    const heading = page.getByRole('heading', { level: 1, name: 'Laboratory findings' })
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true)
    // The menu has closed: nothing lies over the heading that has focus.
    expect(await page.locator('details.contents-menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
    const box = (await heading.boundingBox())!
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('h1')?.textContent, [
      box.x + box.width / 2,
      box.y + box.height / 2,
    ] as const)
    expect(hit).toBe('Laboratory findings')
    // Escape closes the menu from inside and gives focus back to its button.
    await page.keyboard.press('Shift+Tab')
    await menu.focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Escape')
    expect(await page.locator('details.contents-menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
    expect(await menu.evaluate((m) => m === document.activeElement)).toBe(true)
    await close()
  })

  it('honours reduced motion on every page: nothing animates, arriving at a link target included', async () => {
    const running = (page: Page) =>
      page.evaluate(() => document.getAnimations().map((a) => `${(a as CSSAnimation).animationName ?? 'transition'}`))
    // With motion allowed, the arrival highlight does animate: the check below can see it.
    const moving = await openPage(site.browser, site.origin)
    await moving.page.goto(`${site.origin}/case/labs#crp`, { waitUntil: 'networkidle' })
    expect(await running(moving.page)).not.toEqual([])
    await moving.close()

    // No service worker, so that the page's text can be held on its way below.
    const { page, close } = await openPage(site.browser, site.origin, {
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
    })
    const found: string[] = []
    for (const path of [...addresses.map((a) => a.path), '/case/labs#crp', '/case/imaging#figure-3b']) {
      await page.goto(site.origin + path, { waitUntil: 'networkidle' })
      const animations = await running(page)
      if (animations.length) found.push(`${path}: ${animations.join(', ')}`)
      const scroll = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)
      if (scroll !== 'auto') found.push(`${path}: scroll-behavior ${scroll}`)
    }
    // Moving to another page whose text is slow to come: the loading bar shows, and does not move.
    await page.goto(`${site.origin}/case/labs`, { waitUntil: 'networkidle' })
    await page.route('**/data/**/case/management.json', async (route) => {
      await new Promise((done) => setTimeout(done, 1500))
      await route.continue()
    })
    await page.getByRole('main').getByRole('link', { name: 'Management' }).first().click()
    await expect.poll(() => page.locator('.page-loading:not(.idle)').count()).toBe(1)
    const during = await running(page)
    if (during.length) found.push(`while loading: ${during.join(', ')}`)
    expect(found).toEqual([])
    await close()
  }, 120_000)
})
