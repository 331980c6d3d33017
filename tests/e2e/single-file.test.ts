import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { addresses } from '../helpers/addresses'
import { checkInOrder } from '../helpers/in-order'
import { unitsFor } from '../helpers/source-units'
import { launchBrowser, openPage } from './browser'
import { mainText } from './page-text'

let browser: Browser
let file: string
beforeAll(async () => {
  file = join(inject('dist'), 'offline.html')
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the single-file edition', () => {
  it('is one file with nothing to fetch: scripts and styles inlined', async () => {
    expect(existsSync(file)).toBe(true)
    const { page, problems, close } = await openPage(browser, 'file://')
    const requests: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    await page.goto(`file://${file}#/`)
    await expect.poll(() => page.locator('main h1').count()).toBe(1)
    expect(await page.locator('script[src], link[rel="stylesheet"], link[rel="modulepreload"]').count()).toBe(0)
    expect(requests.filter((url) => !url.startsWith('data:')).map((url) => url.split('#')[0])).toEqual([
      `file://${file}`,
    ])
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it.each(addresses)('renders $path from file:// with a hash URL', async ({ route, path, label }) => {
    const { page, problems, close } = await openPage(browser, 'file://')
    await page.goto(`file://${file}#${path}`)
    await expect.poll(() => page.locator('main h1').count()).toBe(1)
    expect(await page.title()).toContain(label)
    const text = await mainText(page)
    expect(checkInOrder(unitsFor(route, text), text)).toEqual({ missing: [], outOfOrder: [] })
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('follows its own links and citations without leaving the file', async () => {
    const { page, problems, close } = await openPage(browser, 'file://')
    await page.goto(`file://${file}#/introduction`)
    await page.locator('main sup.citation a').first().click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ref-1')
    expect(new URL(page.url()).hash).toBe('#/introduction#ref-1')
    await page.getByRole('link', { name: /^Next / }).click()
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Case Report')
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('shows editor’s notes where they stand, and a note’s mark leads to it', async () => {
    const { page, problems, close } = await openPage(browser, 'file://')
    await page.goto(`file://${file}#/discussion`)
    const mark = page.locator('#discussion-1-7 a.note-mark')
    await mark.click()
    const id = 'note-subchondral-fracture-at-discussion-1'
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(id)
    expect(new URL(page.url()).hash).toBe(`#/discussion#${id}`)
    expect(await page.locator(`#${id} .editor-note-title`).textContent()).toBe(
      'The source disagrees with itself on a subchondral fracture',
    )
    await page.goto(`file://${file}#/about`)
    await expect.poll(() => page.locator('main .editor-note').count()).toBeGreaterThan(1)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })
})

describe('the offer of the single-file edition', () => {
  it('links made in it (Copy link, Slides) open the same place in the same file', async () => {
    const { page, problems, close } = await openPage(browser, 'file://')
    await page.goto(`file://${file}#/case/labs`)
    await page.getByRole('button', { name: 'Link to C-reactive protein (CRP)' }).click()
    await page.getByRole('menuitem', { name: 'QR code for slides' }).click()
    const link = await page.getByRole('dialog').getByRole('textbox').inputValue()
    expect(link).toBe(`file://${file}#/case/labs#crp`)
    // Built with no published address (SITE_URL), it says plainly that the link opens only on this computer.
    expect(await page.getByRole('dialog').getByRole('note').textContent()).toContain('the link opens only here')
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
    await page.goto('about:blank')
    await page.goto(link)
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Laboratory findings')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('crp')
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })

  it('every page offers "Download for offline reading", pointing at offline.html', () => {
    for (const page of ['index.html', 'case/labs/index.html', '404.html']) {
      const html = readFileSync(join(inject('dist'), page), 'utf8')
      expect(html).toMatch(/<a href="\/offline.html" download="[^"]+">Download for offline reading<\/a>/)
    }
  })
})
