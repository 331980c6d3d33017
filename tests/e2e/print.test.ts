import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
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
})
