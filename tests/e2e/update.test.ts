import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './browser'
import { serveStatic } from './static-server'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

/** Every file under a folder whose name ends so. */
const filesEnding = (dir: string, end: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(end))

/**
 * A second deployment made from the first: the article's data changed (a new data folder, the old one
 * removed from the server), every precached file with a new revision. (Removing a page would need a
 * second build: the route table is in the app's code, which file edits cannot change.)
 */
function secondEdition(first: string): { dir: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), 'site-b-'))
  cpSync(first, dir, { recursive: true })
  const [old] = readdirSync(join(dir, 'data'))
  const data = `b${old.slice(1)}`
  renameSync(join(dir, 'data', old), join(dir, 'data', data))
  for (const file of [...filesEnding(dir, '.html'), 'sw.js']) {
    const path = join(dir, file)
    writeFileSync(path, readFileSync(path, 'utf8').split(`data/${old}/`).join(`data/${data}/`))
  }
  const sw = join(dir, 'sw.js')
  const entries = readFileSync(sw, 'utf8').replace(
    /"revision":"([0-9a-f]+)"/g,
    (_, r: string) => `"revision":"b${r.slice(1)}"`,
  )
  writeFileSync(sw, entries)
  return { dir, data }
}

/**
 * A tab of the context, with its console errors: a fetch failing offline, and React's report of the
 * load failure the page then shows in place, are expected.
 */
async function tab(page: Page) {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource|^LoadFailure: /.test(m.text())) errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}

const edition = (page: Page) => page.evaluate(() => document.getElementById('root')?.dataset.edition ?? '')
const heading = (page: Page) => page.locator('main h1').textContent()

describe('a new deployment while readers have the site open', () => {
  it('open tabs and a tab opened offline read a whole edition and are told it was updated', async () => {
    const first = mkdtempSync(join(tmpdir(), 'site-a-'))
    cpSync(inject('dist'), first, { recursive: true })
    const server = await serveStatic(first)
    const context = await browser.newContext()
    const open = await context.newPage()
    const openErrors = await tab(open)
    await open.goto(`${server.url}case/labs`, { waitUntil: 'networkidle' })
    await expect
      .poll(() => open.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 45_000 })
      .toBe(true)
    const oldEdition = await edition(open)

    const second = secondEdition(first)
    server.swap(second.dir)
    await open.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    await open.getByRole('button', { name: 'Reload to update' }).waitFor({ timeout: 30_000 })

    // Offline, a new tab still gets the edition its worker holds, whole, and the same message.
    await context.setOffline(true)
    const offline = await context.newPage()
    const offlineErrors = await tab(offline)
    await offline.goto(`${server.url}glossary`)
    expect(await heading(offline)).toBe('Abbreviations')
    expect(await edition(offline)).toBe(oldEdition)
    await offline.getByRole('button', { name: 'Reload to update' }).waitFor({ timeout: 30_000 })
    expect(await offline.locator('.update-banner').textContent()).toContain('Updated content is available')

    // The reader updates there: the new edition, offline too.
    await Promise.all([offline.waitForEvent('load'), offline.getByRole('button', { name: 'Reload to update' }).click()])
    await expect.poll(() => edition(offline)).toContain(`/data/${second.data}/`)
    expect(await heading(offline)).toBe('Abbreviations')
    await offline.goto(`${server.url}case/management`)
    await expect.poll(() => edition(offline)).toContain(`/data/${second.data}/`)
    expect(await heading(offline)).toBe('Management')

    // The other tab, still showing the old edition, whose files are gone: told, never a blank page.
    await expect.poll(() => open.locator('.update-banner').count()).toBe(1)
    expect(await heading(open)).toBe('Laboratory findings')
    await open.getByRole('link', { name: /^Next Management$/ }).click()
    await expect.poll(() => heading(open)).toBe('This edition has been updated')
    await Promise.all([open.waitForEvent('load'), open.getByRole('button', { name: 'Reload', exact: true }).click()])
    await expect.poll(() => edition(open)).toContain(`/data/${second.data}/`)
    expect(await heading(open)).toBe('Management')

    expect({ openErrors, offlineErrors }).toEqual({ openErrors: [], offlineErrors: [] })
    await context.close()
    await server.close()
  })
})
