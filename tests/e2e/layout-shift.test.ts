import { describe, expect, it } from 'vitest'
import { addresses } from '../helpers/addresses'
import { openPage } from './browser'
import { siteUnderTest } from './site'

const site = siteUnderTest()

// A phone (where long blocks are laid out only as they near the screen) and a tall desktop screen
// (where more of each page is in view at once).
const screens = [
  { name: 'phone', viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1920, height: 1080 } },
]

describe('nothing on screen moves while a page loads, the app starts and the page is drawn whole', () => {
  for (const { name, ...options } of screens)
    it.each(addresses.map((a) => a.path))(`${name}: %s`, async (path) => {
      const { page, problems, close } = await openPage(site.browser, site.origin, options)
      await page.addInitScript(() => {
        const w = window as unknown as { shifted: string[] }
        w.shifted = []
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number
            sources: { node?: Node }[]
          })[])
            for (const s of e.sources)
              w.shifted.push(`${e.value.toFixed(4)} ${s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : '?'}`)
        }).observe({ type: 'layout-shift', buffered: true })
      })
      await page.goto(site.server.url + path.slice(1), { waitUntil: 'networkidle' })
      const hydrated = () =>
        page.evaluate(() => Object.keys(document.getElementById('root') ?? {}).some((k) => k.startsWith('__react')))
      await expect.poll(hydrated).toBe(true)
      // Blocks skipped to keep the first layout short are then all laid out, a few at a time: the page
      // soon behaves as a plain one (nothing left to change size as the reader moves through it).
      const skipped = () =>
        page.evaluate(
          () =>
            [...document.querySelectorAll('main *')].filter((e) => getComputedStyle(e).contentVisibility === 'auto')
              .length,
        )
      await expect.poll(skipped, { timeout: 3000 }).toBe(0)
      await page.waitForTimeout(100)
      expect(await page.evaluate(() => (window as unknown as { shifted: string[] }).shifted)).toEqual([])
      expect(problems).toEqual({ errors: [], foreignRequests: [] })
      await close()
    })
})
