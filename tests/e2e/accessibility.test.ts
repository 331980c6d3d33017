import AxeBuilder from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'
import { addresses } from '../helpers/addresses'
import { openPage } from './browser'
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

  it.each([360, 1280])('every focus stop at %i px is visible, in view and outlined', async (width) => {
    const { page, close } = await openPage(site.browser, site.origin, { viewport: { width, height: 800 } })
    await page.goto(`${site.origin}/case/imaging`, { waitUntil: 'networkidle' })
    const problems: string[] = []
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab')
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        if (!el || el === document.body) return null
        const box = el.getBoundingClientRect()
        const style = getComputedStyle(el)
        return {
          name: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 30)}`,
          inView: box.bottom > 0 && box.top < window.innerHeight && box.width > 0,
          outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        }
      })
      if (!stop) break
      if (!stop.inView || !stop.outlined) problems.push(JSON.stringify(stop))
    }
    expect(problems).toEqual([])
    await close()
  })

  it('honours reduced motion: the arrival highlight does not animate', async () => {
    const { page, close } = await openPage(site.browser, site.origin, { reducedMotion: 'reduce' })
    await page.goto(`${site.origin}/case/labs#crp`, { waitUntil: 'networkidle' })
    const animation = await page.locator('#crp').evaluate((el) => getComputedStyle(el).animationName)
    expect(animation).toBe('none')
    await close()
  })
})
