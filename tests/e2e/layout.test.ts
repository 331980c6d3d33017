import { describe, expect, it } from 'vitest'
import { addresses } from '../helpers/addresses'
import { openPage } from './browser'
import { siteUnderTest } from './site'

const site = siteUnderTest()

const schemes = ['light', 'dark'] as const

describe.each(schemes)('layout in the %s scheme', (colorScheme) => {
  it('every route fits a 360 px phone with no sideways scrolling, and every image loads', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, {
      viewport: { width: 360, height: 780 },
      colorScheme,
    })
    for (const { path } of addresses) {
      await page.goto(site.server.url + path.slice(1), { waitUntil: 'networkidle' })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
      const broken = await page.evaluate(async () => {
        const statuses = await Promise.all(
          [...document.images].map(async (img) => [img.src, (await fetch(img.src)).status]),
        )
        return statuses.filter(([, status]) => status !== 200)
      })
      expect(broken, path).toEqual([])
    }
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
    const [r, g, b] = background.match(/\d+/g)!.map(Number)
    if (colorScheme === 'dark') expect(r + g + b).toBeLessThan(150)
    else expect(r + g + b).toBeGreaterThan(600)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })
})

describe('previews and abbreviations on a 360 px phone', () => {
  it('stay on the screen: opening any of them never makes a page scroll sideways', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, {
      viewport: { width: 360, height: 780 },
    })
    const found: string[] = []
    let opened = 0
    for (const { path } of addresses) {
      await page.goto(site.server.url + path.slice(1), { waitUntil: 'networkidle' })
      const result = await page.evaluate(async () => {
        const frame = () => new Promise((done) => requestAnimationFrame(done))
        const triggers = [
          ...document.querySelectorAll<HTMLElement>('main .preview-anchor > a, main abbr[data-expansion]'),
        ].filter((t) => t.checkVisibility()) // a teaching step's answer is hidden until revealed
        const wrong: string[] = []
        for (const trigger of triggers) {
          trigger.focus()
          await frame()
          const card = trigger.parentElement?.querySelector('.preview-card')
          const box = (card ?? trigger).getBoundingClientRect()
          const popup = card ? box : null
          const wide = document.documentElement.scrollWidth - window.innerWidth
          if (wide > 0 || (popup && (popup.left < 0 || popup.right > window.innerWidth)))
            wrong.push(`${trigger.textContent}: page ${wide} px too wide`)
          if (trigger.matches('.preview-anchor > a') && !card) wrong.push(`${trigger.textContent}: no preview`)
          trigger.blur()
        }
        return { wrong, count: triggers.length }
      })
      opened += result.count
      found.push(...result.wrong.map((w) => `${path}: ${w}`))
    }
    expect(opened).toBeGreaterThan(50)
    expect(found).toEqual([])
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  }, 120_000)
})

describe('the reader’s theme choice', () => {
  it('overrides the system scheme and survives a reload with no flash of the other theme', async () => {
    const { page, close } = await openPage(site.browser, site.origin, { colorScheme: 'light' })
    await page.goto(`${site.server.url}case/labs`, { waitUntil: 'networkidle' })
    await page.locator('select:visible').selectOption('dark')
    await page.reload({ waitUntil: 'domcontentloaded' })
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
    expect(background).toBe('rgb(21, 24, 28)')
    await close()
  })
})
