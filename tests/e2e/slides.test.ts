import { readFileSync } from 'node:fs'
import jsQR from 'jsqr'
import JSZip from 'jszip'
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import { allScreens, slideHref, stepScreens } from '../../src/lib/slides'
import { openPage } from './browser'
import { siteUnderTest } from './site'

const site = siteUnderTest()
const all = allScreens(caseReport)
const total = caseReport.teaching.length

/** The screen slide mode shows, as "step.screen", once the page has it. */
const shown = (page: Page) => page.locator('[data-screen]').first().getAttribute('data-screen')

async function expectScreen(page: Page, step: number, screen: number) {
  await expect.poll(() => shown(page)).toBe(`${step}.${screen}`)
  const url = new URL(page.url())
  expect(url.pathname + url.search).toBe(slideHref(step, screen, url.search.includes('speaker')))
}

/** Whether anything on the slide runs past the screen, and the smallest type of its text. */
async function fit(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector('.slide')!
    const overflow = [...document.querySelectorAll('.slide *')].some((e) => {
      const r = e.getBoundingClientRect()
      return r.width > 0 && (r.bottom > window.innerHeight + 1 || r.right > window.innerWidth + 1)
    })
    const text = [...slide.querySelectorAll('.slide-text, .slide-prompt-text, .slide-points li, figcaption')]
    return {
      overflow: overflow || slide.scrollHeight > slide.clientHeight + 1,
      sideways: document.documentElement.scrollWidth > window.innerWidth,
      smallest: Math.min(...text.map((e) => parseFloat(getComputedStyle(e).fontSize))),
    }
  })
}

describe('slide mode', () => {
  it('goes through the whole sequence by the keys a clicker sends, and back, one URL per screen', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, {
      viewport: { width: 1280, height: 720 },
    })
    await page.goto(`${site.origin}${slideHref(1)}`, { waitUntil: 'networkidle' })
    await expectScreen(page, 1, 1)
    const forward = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n']
    for (let i = 1; i < all.length; i++) {
      await page.keyboard.press(forward[i % forward.length])
      await expectScreen(page, all[i].step, all[i].screen)
    }
    // Past the end nothing moves.
    await page.keyboard.press('ArrowRight')
    await expectScreen(page, total, stepScreens(caseReport, total).length)
    const backward = ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'Backspace']
    for (let i = all.length - 2; i >= 0; i--) {
      await page.keyboard.press(backward[i % backward.length])
      await expectScreen(page, all[i].step, all[i].screen)
    }
    await page.keyboard.press('End')
    await expectScreen(page, total, stepScreens(caseReport, total).length)
    await page.keyboard.press('Home')
    await expectScreen(page, 1, 1)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  }, 180_000)

  it('comes back to the same screen on reload and Back, blanks on B and leaves on Escape', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, {
      viewport: { width: 1280, height: 720 },
    })
    await page.goto(`${site.origin}${slideHref(5, 2)}`, { waitUntil: 'networkidle' })
    await expectScreen(page, 5, 2)
    await page.reload({ waitUntil: 'networkidle' })
    await expectScreen(page, 5, 2)
    await page.keyboard.press('ArrowRight')
    await expectScreen(page, 6, 1)
    await page.goBack()
    await expectScreen(page, 5, 2)
    await page.keyboard.press('b')
    await expect.poll(() => page.locator('.slide-blank').count()).toBe(1)
    // The first key after a blank brings the screen back without moving on.
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.locator('.slide-blank').count()).toBe(0)
    await expectScreen(page, 5, 2)
    await page.keyboard.press('.')
    await expect.poll(() => page.locator('.slide-blank').count()).toBe(1)
    await page.keyboard.press('.')
    await page.keyboard.press('Escape')
    await expect.poll(() => new URL(page.url()).pathname).toBe('/teach/5')
    // Screen readers hear each new screen: it is a live region.
    await page.goto(`${site.origin}${slideHref(2)}`, { waitUntil: 'networkidle' })
    expect(await page.locator('.slide').getAttribute('aria-live')).toBe('polite')
    expect(await page.locator('header, .site-header, nav[aria-label="Contents"], .page-tools').count()).toBe(0)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  }, 60_000)

  it.each([
    [1280, 720, 32],
    [1024, 768, 25],
    [1920, 1080, 48],
  ])(
    'fits every screen at %i x %i with text of at least %i px',
    async (width, height, type) => {
      const { page, close } = await openPage(site.browser, site.origin, { viewport: { width, height } })
      const failures: string[] = []
      for (const { step, screen } of all) {
        await page.goto(`${site.origin}${slideHref(step, screen)}`, { waitUntil: 'networkidle' })
        await expectScreen(page, step, screen)
        await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode().catch(() => {}))))
        const f = await fit(page)
        if (f.overflow || f.sideways || f.smallest < type) failures.push(`${step}.${screen}: ${JSON.stringify(f)}`)
      }
      expect(failures).toEqual([])
      await close()
    },
    240_000,
  )

  it('keeps the speaker view and the slides in step, both ways', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } })
    const slides = await context.newPage()
    await slides.goto(`${site.origin}${slideHref(3)}`, { waitUntil: 'networkidle' })
    await expectScreen(slides, 3, 1)
    const [speaker] = await Promise.all([context.waitForEvent('page'), slides.keyboard.press('s')])
    await speaker.waitForLoadState('networkidle')
    await expectScreen(speaker, 3, 1)
    expect(await speaker.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Speaker view/)
    await expect.poll(() => speaker.locator('[role="timer"]').count()).toBe(1)
    // The slides move: the speaker view follows.
    await slides.keyboard.press('ArrowRight')
    await expectScreen(slides, 3, 2)
    await expectScreen(speaker, 3, 2)
    // The speaker moves: the slides follow, into the next step too.
    for (let i = 0; i < stepScreens(caseReport, 3).length - 1; i++) await speaker.keyboard.press('ArrowRight')
    await expectScreen(speaker, 4, 1)
    await expectScreen(slides, 4, 1)
    await speaker.getByRole('button', { name: '← Previous' }).click()
    await expectScreen(slides, 3, stepScreens(caseReport, 3).length)
    // The next screen and the step's notes and sources are in view for the speaker.
    expect(await speaker.locator('.speaker-next .speaker-screen').textContent()).toContain(
      caseReport.teaching[3].prompt,
    )
    expect(await speaker.locator('.speaker-notes').textContent()).toContain(caseReport.teaching[2].prompt)
    await context.close()
  }, 60_000)

  it('downloads the whole sequence as a .pptx: a title slide, a slide per screen with its link, QR code and notes', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, { acceptDownloads: true })
    const requested: string[] = []
    page.on('request', (r) => requested.push(r.url()))
    await page.goto(`${site.origin}/teach`, { waitUntil: 'networkidle' })
    // The library that writes the file loads only when a teacher asks for it.
    expect(requested.filter((u) => /make-deck|pptx/i.test(u))).toEqual([])
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.getByRole('button', { name: 'Download the slides (.pptx)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.pptx$/)
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!))
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    expect(slides).toHaveLength(1 + all.length)
    const title = await zip.file('ppt/slides/slide1.xml')!.async('string')
    expect(title).toContain(caseReport.meta.title)
    expect(title).toContain(caseReport.meta.licence.name)
    const failures: string[] = []
    for (const [k, { step, screen }] of all.entries()) {
      const n = k + 2
      const url = `${site.origin}${slideHref(step, screen)}`
      const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async('string')
      if (!rels.includes(`Target="${url}"`)) failures.push(`slide ${n}: no hyperlink to ${url}`)
      // Its QR code decodes to the same address.
      const media = [...rels.matchAll(/Target="\.\.\/media\/([^"]+\.png)"/g)].map((m) => m[1])
      const decoded = await Promise.all(
        media.map(async (name) => {
          const png = PNG.sync.read(Buffer.from(await zip.file(`ppt/media/${name}`)!.async('uint8array')))
          if (png.width !== png.height) return null
          return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null
        }),
      )
      if (!decoded.includes(url)) failures.push(`slide ${n}: no QR code for ${url} (${decoded.join(', ')})`)
      const notesRel = rels.match(/Target="\.\.\/notesSlides\/([^"]+)"/)?.[1]
      const notes = notesRel ? await zip.file(`ppt/notesSlides/${notesRel}`)!.async('string') : ''
      if (!notes.includes(`Teaching step ${step}`)) failures.push(`slide ${n}: no teaching notes`)
    }
    expect(failures).toEqual([])
    expect(await page.getByRole('status').filter({ hasText: 'Slides downloaded.' }).count()).toBe(1)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  }, 180_000)

  it('presents a table row from its link menu, moves with the slide keys, and goes back to it on Escape', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, {
      viewport: { width: 1280, height: 720 },
    })
    await page.goto(`${site.origin}/case/labs`, { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Link to C-reactive protein (CRP)' }).click()
    await page.getByRole('menuitem', { name: 'Present this' }).click()
    await expect.poll(() => page.url()).toBe(`${site.origin}/present?path=%2Fcase%2Flabs&id=crp`)
    await expect.poll(() => page.locator('.slide-text').first().textContent()).toContain('140.50')
    expect(await page.locator('header, nav[aria-label="Contents"]').count()).toBe(0)
    expect((await fit(page)).smallest).toBeGreaterThanOrEqual(32)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.url()).toBe(`${site.origin}/case/labs#crp`)
    // A part of the case over several screens, moved through by the keys a clicker sends.
    await page.goto(`${site.origin}/present?path=/case/imaging`, { waitUntil: 'networkidle' })
    await expect.poll(() => page.locator('[data-screen]').getAttribute('data-screen')).toBe('1')
    await page.keyboard.press('PageDown')
    await expect.poll(() => page.locator('[data-screen]').getAttribute('data-screen')).toBe('2')
    expect(new URL(page.url()).searchParams.get('screen')).toBe('2')
    await page.reload({ waitUntil: 'networkidle' })
    await expect.poll(() => page.locator('[data-screen]').getAttribute('data-screen')).toBe('2')
    expect((await fit(page)).overflow).toBe(false)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })
})
