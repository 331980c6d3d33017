import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import { paths, sentenceAnchor } from '../../src/lib/paths'
import { casePartIds } from '../../src/model/case'
import { addresses } from '../helpers/addresses'
import { openPage } from './browser'
import { siteUnderTest } from './site'

const site = siteUnderTest()
const order = caseReport.case.narrative.flatMap((p) => p.sentences.map((s) => sentenceAnchor(s.id)))

/** The ids of the case's sentences on the page, in the order they stand, and any horizontal overflow. */
async function reading(page: Page) {
  return page.evaluate(() => ({
    ids: [...document.querySelectorAll('main .sentence[id^="s-"]')].map((e) => e.id),
    context: [...document.querySelectorAll('main .sentence')].map((e) => e.id || e.textContent?.slice(0, 40) || ''),
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  }))
}

describe.each([360, 1280])('the Case Report at %i px', (width) => {
  it('reads on one page in the authors’ order, every sentence once, with headings and no sideways scroll', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, { viewport: { width, height: 800 } })
    await page.goto(`${site.origin}${paths.case}`, { waitUntil: 'networkidle' })
    const { ids, overflow } = await reading(page)
    expect(ids).toEqual(order)
    expect(overflow).toBeLessThanOrEqual(0)
    const headings = await page.locator('main .reading-heading').allTextContents()
    expect(headings).toEqual(caseReport.case.headings.map((h) => h.text))
    // Each figure stands after the sentence that first cites it.
    const figureAfterCitation = await page.evaluate(() =>
      [...document.querySelectorAll('main .case-reading figure.figure')].map((f) => {
        const citing = document.querySelector(`main .case-reading .sentence a.figure-ref[href*="#${f.id}"]`)
        return citing ? !!(citing.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING) : `${f.id}: uncited`
      }),
    )
    expect(figureAfterCitation).toEqual(caseReport.figures.map(() => true))
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('opens the case at a glance without losing the place, and its source links land on this page', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, { viewport: { width, height: 800 } })
    await page.goto(`${site.origin}${paths.case}`, { waitUntil: 'networkidle' })
    await page.locator('#s-pet-decision').scrollIntoViewIfNeeded()
    const scrolled = await page.evaluate(() => window.scrollY)
    const labs = page.locator('#labs-summary')
    if (width < 1024) {
      expect(await labs.isVisible()).toBe(false)
      await page.getByText('Case at a glance').click()
      // On a phone the sheet has a Close button at its top, which leaves the reader where they were.
      await page.getByRole('button', { name: 'Close' }).click()
      expect(await labs.isVisible()).toBe(false)
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled)
      await page.getByText('Case at a glance').click()
      // A jump at the top of the sheet goes to each view, without changing the address.
      await page
        .getByRole('navigation', { name: 'Views of the case' })
        .getByRole('link', { name: 'Laboratory findings' })
        .click()
      await expect.poll(() => labs.evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(200)
      expect(new URL(page.url()).hash).toBe('')
    }
    await labs.scrollIntoViewIfNeeded()
    expect(await labs.isVisible()).toBe(true)
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled)
    const source = page.locator('#crp .source-links a')
    expect(await source.getAttribute('href')).toBe('/case#s-crp')
    await source.click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('s-crp')
    const box = (await page.locator('#s-crp').boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y).toBeLessThan(800)
    if (width < 1024) expect(await labs.isVisible()).toBe(false)
    else
      expect((await page.locator('.case-glance').boundingBox())!.x).toBeGreaterThan(
        (await page.locator('.case-reading').boundingBox())!.x + 300,
      )
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('each part URL shows its sentences inside their whole paragraphs, so each “hence” follows its reason', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, { viewport: { width, height: 800 } })
    const texts = new Map(caseReport.case.narrative.flatMap((p) => p.sentences.map((s) => [s.id, s.markdown])))
    let hences = 0
    for (const part of casePartIds) {
      await page.goto(`${site.origin}${paths.part(part)}`, { waitUntil: 'networkidle' })
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('main .narrative .sentence')].map((e) => e.textContent ?? ''),
      )
      const { ids, overflow } = await reading(page)
      expect(overflow, part).toBeLessThanOrEqual(0)
      // The anchored sentences are the part's own; the page has each once.
      expect(ids).toEqual(
        order.filter((id) =>
          caseReport.case.narrative.some((p) =>
            p.sentences.some((s) => sentenceAnchor(s.id) === id && s.part === part),
          ),
        ),
      )
      for (const paragraph of caseReport.case.narrative) {
        if (!paragraph.sentences.some((s) => s.part === part)) continue
        paragraph.sentences.forEach((s, i) => {
          if (!/\bhence\b/i.test(s.markdown)) return
          hences += 1
          const at = shown.findIndex((t) => t.startsWith(s.markdown.slice(0, 24)))
          const before = paragraph.sentences[i - 1]
          expect(at, `${part}: ${s.id}`).toBeGreaterThan(0)
          expect(shown[at - 1], `${part}: the reason before ${s.id}`).toContain(
            (texts.get(before.id) ?? '').replace(/\\\[.*$/, '').slice(0, 24),
          )
        })
      }
    }
    expect(hences).toBeGreaterThanOrEqual(3)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })
})

describe('no page interrupts the text', () => {
  it('no page says “(In between”, “(Earlier in this paragraph” or “(Later in this paragraph”', async () => {
    const { page, close } = await openPage(site.browser, site.origin, { viewport: { width: 360, height: 800 } })
    const found: string[] = []
    for (const { path } of addresses) {
      await page.goto(`${site.origin}${path}`, { waitUntil: 'load' })
      const text = await page.locator('main').innerText()
      if (/\((In between|Earlier in this paragraph|Later in this paragraph)/.test(text)) found.push(path)
    }
    expect(found).toEqual([])
    await close()
  })
})

describe('the structured views load on demand', () => {
  it('show prerendered at once, fetch their code when the reader reaches for them, and work after', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, {
      viewport: { width: 1280, height: 800 },
    })
    const fetched: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'script') fetched.push(new URL(r.url()).pathname)
    })
    const viewsCode = () => fetched.filter((f) => /\/case-views-[^/]*\.js$/.test(f))
    await page.goto(`${site.origin}${paths.case}`, { waitUntil: 'networkidle' })
    expect(await page.locator('#labs-summary').isVisible()).toBe(true)
    expect(viewsCode()).toEqual([])
    await page.locator('.case-glance').hover()
    await expect.poll(viewsCode).toHaveLength(1)
    await page.getByRole('button', { name: 'Link to C-reactive protein (CRP)' }).click()
    await expect.poll(() => page.getByRole('menu').count()).toBe(1)
    // A page reached by a link inside the app shows its views at once.
    await page.goto(`${site.origin}/discussion`, { waitUntil: 'networkidle' })
    await page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('a[href="/case/labs"]')
      link?.click()
    })
    await expect.poll(() => new URL(page.url()).pathname).toBe('/case/labs')
    await expect.poll(() => page.locator('#crp').count()).toBe(1)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })
})

describe('figures on a phone', () => {
  it('every label drawn in a schematic renders at 12 CSS px or more at 360 px wide', async () => {
    const { page, close } = await openPage(site.browser, site.origin, { viewport: { width: 360, height: 800 } })
    const smallest: Record<string, number> = {}
    for (const path of [paths.part('imaging'), paths.part('follow-up'), '/figures/3', '/figures/4']) {
      await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' })
      const sizes = await page.evaluate(async () =>
        Promise.all(
          [...document.querySelectorAll<HTMLImageElement>('main .panel img, main .viewer-panel img')].map(
            async (img) => {
              const svg = new DOMParser().parseFromString(await (await fetch(img.src)).text(), 'image/svg+xml')
              const viewWidth = Number(svg.documentElement.getAttribute('viewBox')?.split(/\s+/)[2])
              const fonts = [...svg.querySelectorAll('[font-size]')].map((e) => Number(e.getAttribute('font-size')))
              return { src: img.src, px: (Math.min(...fonts) * img.getBoundingClientRect().width) / viewWidth }
            },
          ),
        ),
      )
      expect(sizes.length, path).toBeGreaterThan(0)
      for (const { src, px } of sizes) smallest[`${path} ${src.split('/').pop()}`] = Math.round(px * 10) / 10
    }
    expect(Object.entries(smallest).filter(([, px]) => px < 12)).toEqual([])
    await close()
  })

  it('the before/after comparison is stacked at 360 px, each panel the width of the text', async () => {
    const { page, close } = await openPage(site.browser, site.origin, { viewport: { width: 360, height: 800 } })
    for (const path of [paths.part('follow-up'), paths.case]) {
      await page.goto(`${site.origin}${path}#stir-before-after`, { waitUntil: 'networkidle' })
      const boxes = await page
        .locator('#stir-before-after .comparison-panels figure')
        .evaluateAll((figures) => figures.map((f) => f.getBoundingClientRect().toJSON() as DOMRect))
      expect(boxes, path).toHaveLength(2)
      for (const box of boxes) expect(box.width, path).toBeGreaterThanOrEqual(300)
      expect(boxes[1].top, path).toBeGreaterThanOrEqual(boxes[0].bottom)
    }
    await close()
  })
})

/** The scale and translation of the figure viewer's stage, as its computed transform says. */
const stageTransform = (page: Page) =>
  page.evaluate(() => {
    const m = new DOMMatrix(getComputedStyle(document.querySelector('.viewer-stage')!).transform)
    return { scale: Math.round(m.a * 100) / 100, x: Math.round(m.e) }
  })
const stageScale = async (page: Page) => (await stageTransform(page)).scale
const pathname = (page: Page) => new URL(page.url()).pathname

/** Touch the page through Chromium's input pipeline (as a finger would, touch-action and all). */
async function touchscreen(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  type Type = 'touchStart' | 'touchMove' | 'touchEnd'
  const send = (type: Type, points: { x: number; y: number }[]) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) })
  return {
    /** One finger from `from` to `to` along y. */
    async swipe(y: number, from: number, to: number) {
      await send('touchStart', [{ x: from, y }])
      for (let i = 1; i <= 6; i++) await send('touchMove', [{ x: from + ((to - from) * i) / 6, y }])
      await send('touchEnd', [])
    },
    /** Two fingers moving apart around (x, y), from `from` to `to` px apart. */
    async pinch(x: number, y: number, from: number, to: number) {
      const at = (d: number) => [
        { x: x - d / 2, y },
        { x: x + d / 2, y },
      ]
      await send('touchStart', at(from))
      // As long as a pinch takes (its code may still be arriving when the fingers land).
      for (let i = 1; i <= 8; i++) {
        await page.waitForTimeout(40)
        await send('touchMove', at(from + ((to - from) * i) / 8))
      }
      await send('touchEnd', [])
    },
  }
}

describe('the figure viewer', () => {
  it('goes full screen by its button and back, and a swipe moves between panels (keys still work)', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, {
      viewport: { width: 360, height: 740 },
      hasTouch: true,
    })
    await page.goto(`${site.origin}/figures/3`, { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Full screen', exact: true }).click()
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className)).toBe('figure-viewer')
    await page.getByRole('button', { name: 'Leave full screen' }).click()
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull()
    await page.getByRole('button', { name: 'Full screen', exact: true }).waitFor()
    const box = (await page.locator('.viewer-stage').boundingBox())!
    await (await touchscreen(page)).swipe(box.y + box.height / 4, 300, 80)
    await expect.poll(() => pathname(page)).toBe('/figures/3a')
    await expect.poll(() => page.locator('main h1').textContent()).toMatch(/^Figure 3a/)
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => pathname(page)).toBe('/figures/3')
    // The way back is the same as Escape's: the sentence that first cites the figure.
    const back = await page.getByRole('link', { name: '← Back to the text' }).getAttribute('href')
    expect(back).toMatch(/^\/case[^#]*#s-/)
    await page.keyboard.press('Escape')
    await expect.poll(() => `${pathname(page)}${new URL(page.url()).hash}`).toBe(back)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('zooms by its buttons and by + − 0, pans a zoomed image with Shift and an arrow, and stays put', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, {
      viewport: { width: 1280, height: 800 },
    })
    await page.goto(`${site.origin}/figures/2a`, { waitUntil: 'networkidle' })
    const zoomIn = page.getByRole('button', { name: 'Zoom in' })
    const zoomOut = page.getByRole('button', { name: 'Zoom out' })
    const reset = page.getByRole('button', { name: 'Reset zoom' })
    for (const button of [zoomIn, zoomOut, reset]) {
      const { width, height } = (await button.boundingBox())!
      expect(Math.min(width, height)).toBeGreaterThanOrEqual(24)
    }
    expect(await stageScale(page)).toBe(1)
    await zoomIn.click()
    await expect.poll(() => stageScale(page)).toBeGreaterThan(1.3)
    await zoomIn.click()
    await expect.poll(() => stageScale(page)).toBeGreaterThan(1.8)
    await zoomOut.click()
    await expect.poll(() => stageScale(page)).toBeLessThan(1.4)
    await reset.click()
    await expect.poll(() => stageScale(page)).toBe(1)
    // By keyboard: a focused button, then the viewer's own keys.
    await zoomIn.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => stageScale(page)).toBeGreaterThan(1.3)
    await page.keyboard.press('0')
    await expect.poll(() => stageScale(page)).toBe(1)
    await page.keyboard.press('+')
    await page.keyboard.press('+')
    await expect.poll(() => stageScale(page)).toBeGreaterThan(1.8)
    const before = await stageTransform(page)
    await page.keyboard.press('Shift+ArrowRight')
    await expect.poll(async () => (await stageTransform(page)).x).toBeLessThan(before.x)
    await page.keyboard.press('-')
    await expect.poll(() => stageScale(page)).toBeLessThan(1.5)
    await page.keyboard.press('0')
    await expect.poll(() => stageTransform(page)).toEqual({ scale: 1, x: 0 })
    // The wheel scrolls the page over a fitted image; with Ctrl (a trackpad pinch) it zooms.
    const frame = (await page.locator('.viewer-frame').boundingBox())!
    await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2)
    await page.mouse.wheel(0, 200)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
    expect(await stageScale(page)).toBe(1)
    await page.keyboard.down('Control')
    await page.mouse.wheel(0, -200)
    await page.keyboard.up('Control')
    await expect.poll(() => stageScale(page)).toBeGreaterThan(1)
    expect(pathname(page)).toBe('/figures/2a')
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('by touch: a pinch zooms, a swipe while zoomed pans, a swipe at the fitted size moves on', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, {
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    })
    await page.goto(`${site.origin}/figures/2a`, { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Zoom in' }).waitFor()
    const box = (await page.locator('.viewer-frame').boundingBox())!
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2]
    expect(y).toBeLessThan(740)
    const touch = await touchscreen(page)
    await touch.pinch(x, y, 40, 240)
    await expect.poll(() => stageScale(page)).toBeGreaterThan(1.2)
    expect(pathname(page)).toBe('/figures/2a')
    expect(await page.evaluate(() => visualViewport?.scale)).toBe(1)
    const zoomed = await stageTransform(page)
    await touch.swipe(y, 300, 80)
    await expect.poll(async () => (await stageTransform(page)).x).toBeLessThan(zoomed.x)
    expect(pathname(page)).toBe('/figures/2a')
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0)
    await page.getByRole('button', { name: 'Reset zoom' }).click()
    await expect.poll(() => stageScale(page)).toBe(1)
    await touch.swipe(y, 300, 80)
    await expect.poll(() => pathname(page)).toBe('/figures/2b')
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('has no sideways scroll at 360 px, fitted or zoomed', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, {
      viewport: { width: 360, height: 740 },
    })
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    for (const slug of ['2', '2a', '5']) {
      await page.goto(`${site.origin}/figures/${slug}`, { waitUntil: 'networkidle' })
      expect(await overflow(), slug).toBeLessThanOrEqual(0)
      await page.getByRole('button', { name: 'Zoom in' }).click()
      await page.getByRole('button', { name: 'Zoom in' }).click()
      await expect.poll(() => stageScale(page)).toBeGreaterThan(1.8)
      expect(await overflow(), `${slug} zoomed`).toBeLessThanOrEqual(0)
    }
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('fills a landscape phone in full screen: the image on the left, most of the height; controls beside it', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, {
      viewport: { width: 844, height: 390 },
      hasTouch: true,
    })
    await page.goto(`${site.origin}/figures/2a`, { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Full screen', exact: true }).click()
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className)).toBe('figure-viewer')
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await page.screenshot({ path: 'test-results/figure-viewer-landscape.png' })
    await page.getByRole('button', { name: 'Reset zoom' }).click()
    await expect.poll(() => stageScale(page)).toBe(1)
    const image = (await page.locator('.viewer-panel img').boundingBox())!
    const controls = (await page.locator('.viewer-controls').boundingBox())!
    expect(image.height).toBeGreaterThanOrEqual(0.6 * 390)
    expect(image.y).toBeGreaterThanOrEqual(0)
    expect(image.y + image.height).toBeLessThanOrEqual(390)
    expect(controls.x).toBeGreaterThanOrEqual(image.x + image.width)
    expect(controls.y + controls.height).toBeLessThanOrEqual(390)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('loads its code when a figure is opened, and the pan and zoom code when the reader first zooms', async () => {
    const manifest = JSON.parse(readFileSync(join(inject('dist'), '.vite/manifest.json'), 'utf8')) as Record<
      string,
      { file: string }
    >
    const [viewer, panzoom] = [
      'src/sections/figure-viewer.tsx',
      'node_modules/@panzoom/panzoom/dist/panzoom.es.js',
    ].map((source) => `/${manifest[source].file}`)
    const { page, problems, close } = await openPage(site.browser, site.origin, { serviceWorkers: 'block' })
    const requested: string[] = []
    page.on('request', (r) => requested.push(new URL(r.url()).pathname))
    await page.goto(`${site.origin}${paths.case}`, { waitUntil: 'networkidle' })
    expect(requested).not.toContain(viewer)
    expect(requested).not.toContain(panzoom)
    await page.getByRole('link', { name: 'Open Figure 2 in the figure viewer' }).click()
    await expect.poll(() => pathname(page)).toBe('/figures/2')
    await expect.poll(() => requested).toContain(viewer)
    await page.waitForLoadState('networkidle')
    expect(requested).not.toContain(panzoom)
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await expect.poll(() => stageScale(page)).toBeGreaterThan(1)
    expect(requested).toContain(panzoom)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })
})
