import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import { checkInOrder } from '../helpers/in-order'
import { allUnits } from '../helpers/source-units'
import { openPage } from './browser'
import { siteUnderTest } from './site'

const site = siteUnderTest()

// PDF text extraction breaks lines where the page does: compare without white space.
const squash = (text: string) => text.replace(/\s+/g, '')

describe('printing', () => {
  it('a PDF printed from /full holds the whole article in order, without navigation chrome', async () => {
    const { page, close } = await openPage(site.browser, site.origin)
    await page.goto(`${site.server.url}full`, { waitUntil: 'networkidle' })
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('.sidebar').isVisible()).toBe(false)
    expect(await page.locator('.pager').isVisible()).toBe(false)
    const pdf = join(mkdtempSync(join(tmpdir(), 'print-')), 'full.pdf')
    await page.pdf({ path: pdf, format: 'A4', printBackground: false })
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' })
    expect(checkInOrder(allUnits().map(squash), squash(text))).toEqual({ missing: [], outOfOrder: [] })
    expect(text).toContain('https://doi.org/10.4103/2319-2585.155929')
    // Every editor's note on the page is printed whole, opened or not.
    const notes = await page.locator('main .editor-note').evaluateAll((all) =>
      all.map((n) => ({
        text: n.querySelector('details > p')!.textContent!,
        open: n.querySelector('details')!.open,
      })),
    )
    expect(notes.some((n) => !n.open)).toBe(true)
    for (const note of notes) expect(squash(text)).toContain(squash(note.text))
    await close()
  })

  it('writes out the targets of outside links in print', async () => {
    const { page, close } = await openPage(site.browser, site.origin)
    await page.goto(`${site.server.url}full`, { waitUntil: 'networkidle' })
    await page.emulateMedia({ media: 'print' })
    const after = await page
      .locator('main a[href^="https://creativecommons.org"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content)
    expect(after).toContain('https://creativecommons.org/licenses/by-nc-sa/4.0/')
    const figureBreak = await page
      .locator('main figure')
      .first()
      .evaluate((f) => getComputedStyle(f).breakInside)
    expect(figureBreak).toBe('avoid')
    await close()
  })

  it('prints the teaching handout one step per page, each with its QR code to the step', async () => {
    const { page, problems, close } = await openPage(site.browser, site.origin)
    const requested: string[] = []
    page.on('request', (r) => requested.push(r.url()))
    await page.goto(`${site.server.url}teach/handout`, { waitUntil: 'networkidle' })
    // The QR library loads when the codes are asked for, not with the page.
    expect(requested.filter((u) => /qrcode/i.test(u))).toEqual([])
    await page.getByRole('button', { name: 'Add the QR codes' }).click()
    const codes = page.locator('.handout-step svg.qr-code')
    await expect.poll(() => codes.count()).toBe(caseReport.teaching.length)
    // Each code reads as the address of its step.
    for (const k of [0, caseReport.teaching.length - 1]) {
      const png = PNG.sync.read(await codes.nth(k).screenshot())
      const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
      expect(read).toBe(`${site.origin}/teach/${k + 1}`)
    }
    // The figures are loaded at once, not when scrolled to: printing does not scroll.
    await expect
      .poll(() =>
        page.locator('.handout img').evaluateAll((all) => all.every((i) => (i as HTMLImageElement).naturalWidth > 0)),
      )
      .toBe(true)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false)
    const pdf = join(mkdtempSync(join(tmpdir(), 'print-')), 'handout.pdf')
    await page.pdf({ path: pdf, format: 'A4', printBackground: false })
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim())
    // One step per sheet (a step with large figures may take two), each starting its own sheet.
    const starts = pages.map((p) => p.match(/Step (\d+):/)?.[1]).filter(Boolean)
    expect(starts).toEqual(caseReport.teaching.map((_, i) => String(i + 1)))
    pages.forEach((p) => expect((p.match(/Step \d+:/g) ?? []).length).toBeLessThanOrEqual(1))
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })
})
