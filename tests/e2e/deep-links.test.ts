import { join } from 'node:path'
import jsQR from 'jsqr'
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { describe, expect, inject, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import { noteAnchor, noteBlockAnchor } from '../../src/lib/editor-notes'
import { paths, sentenceAnchor } from '../../src/lib/paths'
import { openPage } from './browser'
import { siteUnderTest } from './site'

const site = siteUnderTest()

/** The documented deep links: figures, panels, imaging studies, lab results, timeline events, sentences, notes. */
const deepLinks: { path: string; id: string }[] = [
  ...caseReport.figures.flatMap((f) =>
    [f.id, ...f.panels.map((p) => p.id)].map((id) => ({ path: paths.part(f.part), id })),
  ),
  ...caseReport.case.imaging.map((s) => ({ path: paths.part('imaging'), id: s.id })),
  ...caseReport.case.labs.map((l) => ({ path: paths.part('labs'), id: l.id })),
  ...caseReport.timeline.map((e) => ({ path: paths.case, id: `event-${e.id}` })),
  ...caseReport.case.narrative.flatMap((p) =>
    p.sentences.map((s) => ({ path: paths.part(s.part), id: sentenceAnchor(s.id) })),
  ),
  ...caseReport.differential.map((d) => ({ path: paths.differential, id: `differential-${d.id}` })),
  { path: paths.introduction, id: 'introduction-1-11' },
  { path: paths.discussion, id: 'discussion-2-2' },
  { path: paths.case, id: 'timeline' },
  ...caseReport.notes.map((n) => ({ path: paths.about, id: noteAnchor(n.id) })),
  { path: paths.discussion, id: noteBlockAnchor('subchondral-fracture', 'discussion-1') },
  { path: paths.discussion, id: 'key-points' },
  // The case page tells the whole case: its sentences, headings, figures and structured entries land there too.
  ...caseReport.case.narrative.flatMap((p) => p.sentences.map((s) => ({ path: paths.case, id: sentenceAnchor(s.id) }))),
  ...caseReport.case.headings.map((h) => ({ path: paths.case, id: h.id })),
  ...caseReport.figures.flatMap((f) => [f.id, ...f.panels.map((p) => p.id)].map((id) => ({ path: paths.case, id }))),
  ...caseReport.case.labs.map((l) => ({ path: paths.case, id: l.id })),
  { path: paths.part('follow-up'), id: 'stir-before-after' },
  { path: paths.case, id: 'stir-before-after' },
]

/** Is the element with this id on screen, and is it (or something in it) focused? */
async function landed(page: Page, id: string) {
  return page.evaluate((target) => {
    const element = document.getElementById(target)
    if (!element) return 'missing'
    const box = element.getBoundingClientRect()
    const inView = box.top >= 0 && box.top < window.innerHeight
    const focused = element === document.activeElement || element.contains(document.activeElement)
    return inView && focused ? 'ok' : `inView=${inView} focused=${focused}`
  }, id)
}

/** Where a link has landed once the page has had time to hydrate (up to 5 s): 'ok' or what is wrong. */
async function settledLanding(page: Page, id: string): Promise<string> {
  let result = await landed(page, id)
  for (let waited = 0; result !== 'ok' && waited < 5000; waited += 50) {
    await page.waitForTimeout(50)
    result = await landed(page, id)
  }
  return result
}

async function decodeQr(png: Buffer): Promise<string | undefined> {
  const image = PNG.sync.read(png)
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data
}

describe('deep links', () => {
  it.each([360, 1280])('every documented deep link, opened cold at %i px, lands in view and focused', async (width) => {
    const { page, problems, close } = await openPage(site.browser, site.origin, { viewport: { width, height: 800 } })
    const failures: string[] = []
    for (const { path, id } of deepLinks) {
      await page.goto(`${site.origin}${path}#${id}`, { waitUntil: 'load' })
      // The browser scrolls to the target at once; focus follows when the page has hydrated.
      const result = await settledLanding(page, id)
      if (result !== 'ok') failures.push(`${path}#${id}: ${result}`)
    }
    expect(failures).toEqual([])
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it.each([360, 1280])(
    'at %i px a target lands a little below the top edge, the line above it in view',
    async (width) => {
      const { page, close } = await openPage(site.browser, site.origin, { viewport: { width, height: 800 } })
      for (const [path, id] of [
        [paths.part('labs'), 's-crp'],
        [paths.case, 's-pet-decision'],
        [paths.case, 'case-labs'],
        [paths.part('imaging'), 'figure-3b'],
        [paths.discussion, 'discussion-2-2'],
      ]) {
        await page.goto(`${site.origin}${path}#${id}`, { waitUntil: 'networkidle' })
        await expect.poll(() => settledLanding(page, id)).toBe('ok')
        const { top, line } = await page.evaluate((target) => {
          const element = document.getElementById(target)!
          return { top: element.getBoundingClientRect().top, line: parseFloat(getComputedStyle(element).lineHeight) }
        }, id)
        expect(top, `${path}#${id}`).toBeGreaterThanOrEqual(line)
        expect(top, `${path}#${id}`).toBeLessThan(100)
      }
      await close()
    },
  )

  it('a reload keeps the target; Back from a citation returns to the sentence that cites it', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin)
    await page.goto(`${site.origin}/case/imaging#figure-3b`, { waitUntil: 'networkidle' })
    await page.reload({ waitUntil: 'networkidle' })
    await expect.poll(() => landed(page, 'figure-3b')).toBe('ok')

    await page.goto(`${site.origin}/introduction`, { waitUntil: 'networkidle' })
    // [3,5,6]: each reference its own link; the first leads to reference 3.
    const citation = page.locator('#introduction-3-3 sup.citation a').first()
    await citation.scrollIntoViewIfNeeded()
    await citation.click()
    await expect.poll(() => new URL(page.url()).hash).toBe('#ref-3')
    await expect.poll(() => landed(page, 'ref-3')).toBe('ok')
    await page.goBack()
    await expect.poll(() => new URL(page.url()).hash).toBe('')
    await expect.poll(() => landed(page, 'introduction-3-3')).toBe('ok')
    await page.goForward()
    await expect.poll(() => landed(page, 'ref-3')).toBe('ok')
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('a figure reference in the text leads to the figure, and Back to the sentence', async () => {
    const { page, close } = await openPage(site.browser, site.origin)
    await page.goto(`${site.origin}/case/follow-up`, { waitUntil: 'networkidle' })
    await page.locator('#s-mri-resolution a.figure-ref').click()
    await expect.poll(() => landed(page, 'figure-5a')).toBe('ok')
    await page.goBack()
    await expect.poll(() => landed(page, 's-mri-resolution')).toBe('ok')
    await close()
  })

  it('works in the single-file edition: hash route plus target', async () => {
    const file = join(inject('dist'), 'offline.html')
    const { page, problems, close } = await openPage(site.browser, 'file://')
    await page.goto(`file://${file}#/case/imaging#figure-3`)
    await expect.poll(() => landed(page, 'figure-3')).toBe('ok')
    await page.goto(`file://${file}#/case/labs#crp`)
    await expect.poll(() => landed(page, 'crp')).toBe('ok')
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })
})

describe('links and QR codes for slides', () => {
  it('"Copy link" puts the absolute URL of the place on the clipboard', async () => {
    const { page, close } = await openPage(site.browser, site.origin)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin })
    await page.goto(`${site.origin}/case/imaging`, { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Link to Figure 3', exact: true }).click()
    await page.getByRole('menuitem', { name: 'Copy link' }).click()
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${site.origin}/case/imaging#figure-3`)
    expect(await page.locator('#figure-3 .link-status').textContent()).toBe('Link copied')
    await close()
  })

  it('"Link for slides" shows the URL and a QR code, as SVG and PNG, that decode to it', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin)
    await page.goto(`${site.origin}/case/labs`, { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Link to C-reactive protein (CRP)' }).click()
    await page.getByRole('menuitem', { name: 'QR code for slides' }).click()
    const dialog = page.getByRole('dialog')
    const expected = `${site.origin}/case/labs#crp`
    expect(await dialog.getByRole('textbox').inputValue()).toBe(expected)
    const qr = dialog.getByRole('img', { name: `QR code for ${expected}` })
    await qr.waitFor()
    expect(await decodeQr(await qr.screenshot())).toBe(expected)
    const pngHref = await dialog.getByRole('link', { name: 'Download QR as PNG' }).getAttribute('href')
    expect(await decodeQr(Buffer.from(pngHref!.split(',')[1], 'base64'))).toBe(expected)
    const svgHref = await dialog.getByRole('link', { name: 'Download QR as SVG' }).getAttribute('href')
    expect(decodeURIComponent(svgHref!)).toContain('<svg')

    await dialog.getByRole('checkbox').check()
    const present = `${site.origin}/case/labs?present#crp`
    await dialog.getByRole('img', { name: `QR code for ${present}` }).waitFor()
    expect(await decodeQr(await dialog.getByRole('img').screenshot())).toBe(present)
    await dialog.getByRole('button', { name: 'Close' }).click()
    expect(await page.getByRole('dialog').count()).toBe(0)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })
})

describe('the link control of each place', () => {
  it('is one button that opens a menu by keyboard: arrows move, Escape closes and returns focus', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin, {
      viewport: { width: 360, height: 740 },
    })
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin })
    await page.goto(`${site.origin}/case/labs`, { waitUntil: 'networkidle' })
    // One control per row of the lab table, no separate copy and slides buttons.
    expect(await page.locator('#crp button').count()).toBe(1)
    const button = page.getByRole('button', { name: 'Link to C-reactive protein (CRP)' })
    const box = (await button.boundingBox())!
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24)
    expect(await button.getAttribute('aria-expanded')).toBe('false')
    await button.focus()
    // The table's code loads when the reader reaches it: the key pressed meanwhile takes effect when it has come.
    await page.keyboard.press('Enter')
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true')
    const focusedName = () => page.evaluate(() => document.activeElement?.textContent)
    await expect.poll(focusedName).toBe('Copy link')
    await page.keyboard.press('ArrowDown')
    await expect.poll(focusedName).toBe('QR code for slides')
    await page.keyboard.press('ArrowDown')
    await expect.poll(focusedName).toBe('Present this')
    await page.keyboard.press('ArrowDown')
    await expect.poll(focusedName).toBe('Copy link')
    await page.keyboard.press('Escape')
    expect(await page.getByRole('menu').count()).toBe(0)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Link to C-reactive protein (CRP)',
    )
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/case/labs#crp`)
    expect(await page.locator('#crp .link-status').textContent()).toBe('Link copied')
    // The menu stays on the screen of a phone.
    await button.click()
    const menu = (await page.getByRole('menu').boundingBox())!
    expect(menu.x).toBeGreaterThanOrEqual(0)
    expect(menu.x + menu.width).toBeLessThanOrEqual(360)
    await page.mouse.click(5, 5)
    expect(await page.getByRole('menu').count()).toBe(0)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })
})

describe('figure views', () => {
  it('arrow keys move between panels and figures; Escape returns to where the figure is cited', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin)
    await page.goto(`${site.origin}/figures/3`, { waitUntil: 'networkidle' })
    const pathname = () => new URL(page.url()).pathname
    const heading = () => page.locator('main h1').textContent()
    for (const [key, to, title] of [
      ['ArrowRight', '/figures/3a', /^Figure 3a/],
      ['ArrowRight', '/figures/3b', /^Figure 3b/],
      ['ArrowRight', '/figures/4', /^Figure 4$/],
      ['ArrowLeft', '/figures/3b', /^Figure 3b/],
    ] as const) {
      await page.keyboard.press(key)
      await expect.poll(pathname).toBe(to)
      await expect.poll(heading).toMatch(title)
    }
    expect(await page.locator('main h1').textContent()).toBe(
      'Figure 3b: Coronal T1 weighted (caption gives a and b together)',
    )
    await page.keyboard.press('Escape')
    await expect.poll(() => page.url()).toBe(`${site.origin}/case/imaging#s-t1-edema`)
    await expect.poll(() => landed(page, 's-t1-edema')).toBe('ok')
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('lists every figure, and each figure says where it is cited', async () => {
    const { page, close } = await openPage(site.browser, site.origin)
    await page.goto(`${site.origin}/figures`, { waitUntil: 'networkidle' })
    for (const f of caseReport.figures)
      expect(await page.locator(`a[href="/figures/${f.number}"]`).count(), f.id).toBeGreaterThan(0)
    await page.goto(`${site.origin}/figures/5c`, { waitUntil: 'networkidle' })
    expect(await page.locator('.cited-in a').getAttribute('href')).toBe('/case/follow-up#s-mri-resolution')
    await close()
  })
})

describe('presenter and teaching modes, search, previews', () => {
  it('?present gives large type and high contrast, and persists while navigating', async () => {
    const { page, close } = await openPage(site.browser, site.origin)
    await page.goto(`${site.origin}/case/labs`, { waitUntil: 'networkidle' })
    const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
    const normal = await fontSize()
    await page.goto(`${site.origin}/case/labs?present`, { waitUntil: 'networkidle' })
    expect(await fontSize()).toBeGreaterThan(normal * 1.3)
    await page.getByRole('link', { name: /^Next / }).click()
    await expect.poll(() => new URL(page.url()).pathname).toBe('/case/management')
    expect(await page.evaluate(() => document.documentElement.dataset.present)).toBe('on')
    await page.goto(`${site.origin}/discussion`, { waitUntil: 'networkidle' })
    expect(await page.evaluate(() => document.documentElement.dataset.present)).toBe('on')
    await page.getByRole('button', { name: 'Presenter mode' }).click()
    expect(await fontSize()).toBe(normal)
    await close()
  })

  it('a teaching step asks its prompt, then reveals the authors’ sentences', async () => {
    const { page, close } = await openPage(site.browser, site.origin)
    await page.goto(`${site.origin}/teach/5`, { waitUntil: 'networkidle' })
    // The step is named by its number: its title would give the answer away before the reveal.
    expect(await page.locator('main h1').textContent()).toBe(`Teaching step 5 of ${caseReport.teaching.length}`)
    const title = page.getByRole('heading', { level: 2, name: caseReport.teaching[4].title, exact: true })
    const mri = page.locator('#s-mri-diagnosis')
    expect(await mri.isVisible()).toBe(false)
    expect(await title.isVisible()).toBe(false)
    await page.getByText('Reveal what the authors report').click()
    expect(await title.isVisible()).toBe(true)
    expect(await mri.textContent()).toContain('MRI revealed features suggestive of transient osteoporosis of the hip')
    // The clause that belongs to this step, marked as part of a sentence, with the whole sentence a link away.
    const part = page.locator('main .sentence-part')
    expect(await part.textContent()).toBe(
      '… hence, MRI scan of left hip was advised along with base line hematological parameters.',
    )
    expect(await page.getByRole('link', { name: 'whole sentence' }).getAttribute('href')).toBe(
      '/case/management#s-anti-inflammatory-trial',
    )
    await page.goto(`${site.origin}/teach`, { waitUntil: 'networkidle' })
    await page.getByRole('checkbox', { name: /Ask the prompt/ }).uncheck()
    await page.goto(`${site.origin}/teach/5`, { waitUntil: 'networkidle' })
    expect(await page.locator('#s-mri-diagnosis').isVisible()).toBe(true)
    await close()
  })

  it('"/" focuses search; hits link to their sentences', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin)
    await page.goto(`${site.origin}/abstract`, { waitUntil: 'networkidle' })
    await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search the article')
    await page.keyboard.type('effusion')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toBe(`${site.origin}/search?q=effusion`)
    const hits = page.locator('.search-hits li')
    await expect.poll(() => hits.count()).toBeGreaterThan(3)
    await hits.first().getByRole('link').click()
    const id = new URL(page.url()).hash.slice(1)
    await expect.poll(() => landed(page, id)).toBe('ok')
    expect(await page.locator(`#${id}`).textContent()).toMatch(/effusion/i)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('figure and citation previews open on hover and focus, close on Escape, and never hold focus', async () => {
    const { page, close } = await openPage(site.browser, site.origin)
    await page.goto(`${site.origin}/case/imaging`, { waitUntil: 'networkidle' })
    const ref = page.locator('#s-t1-edema a.figure-ref')
    await ref.hover()
    const tooltip = page.getByRole('tooltip')
    expect(await tooltip.textContent()).toContain('Figure 3: (a and b) Coronal T1 weighted image')
    // The pointer can move down from the link into the card, across the gap, and the card stays.
    const link = (await ref.boundingBox())!
    const card = (await tooltip.boundingBox())!
    for (let y = link.y + link.height / 2; y <= card.y + 10; y += 2) await page.mouse.move(link.x + 5, y)
    expect(await tooltip.count()).toBe(1)
    await page.mouse.move(0, 0)
    expect(await tooltip.count()).toBe(0)
    await ref.focus()
    expect(await tooltip.count()).toBe(1)
    await page.keyboard.press('Escape')
    expect(await tooltip.count()).toBe(0)
    await ref.focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('[role="tooltip"]'))).toBeNull()
    await page.goto(`${site.origin}/discussion`, { waitUntil: 'networkidle' })
    await page.locator('#discussion-2-2 sup.citation a').focus()
    expect(await page.getByRole('tooltip').textContent()).toContain('Diwanji')
    await close()
  })
})
