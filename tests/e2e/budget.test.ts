import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, inject, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import { addresses } from '../helpers/addresses'
import { openPage } from './browser'
import { siteUnderTest } from './site'

/** The byte budget of issue 15: JavaScript on the first view of any page, 97 KB gzipped (zlib's default level; 1 KB = 1024 bytes). */
const firstViewJsBudget = 97 * 1024

const site = siteUnderTest()

/** Every script a page loads from a cold start until the network is quiet, with its gzipped size. */
async function firstViewScripts(
  path: string,
): Promise<{ scripts: { file: string; gzipped: number }[]; named: string[] }> {
  const { page, close } = await openPage(site.browser, site.origin)
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
  })
  await page.goto(site.server.url + path.slice(1), { waitUntil: 'networkidle' })
  // What the page itself names for the boot script to fetch at once: the entry and its preloads.
  const named = await page.evaluate(() => {
    const root = document.getElementById('root')
    return [root?.dataset.app ?? '', ...(root?.dataset.preload ?? '').split(' ')].filter(Boolean)
  })
  await close()
  return {
    scripts: scripts.map((file) => ({ file, gzipped: gzipSync(readFileSync(join(inject('dist'), file))).length })),
    named,
  }
}

describe('byte budget: JavaScript on the first view', () => {
  it.each([...addresses.map((a) => a.path), '/no/such/page'])(
    '%s loads at most 97 KB of gzipped JavaScript, all of it named by the page (no chain of requests)',
    async (path) => {
      const { scripts, named } = await firstViewScripts(path)
      const total = scripts.reduce((sum, s) => sum + s.gzipped, 0)
      expect(scripts.length).toBeGreaterThan(0)
      expect(total, scripts.map((s) => `${s.file} ${s.gzipped}`).join(', ')).toBeLessThanOrEqual(firstViewJsBudget)
      // Each script is fetched as the page starts, not discovered once another has run.
      expect(scripts.map((s) => s.file).filter((file) => !named.includes(file))).toEqual([])
    },
  )

  it.each(['/', '/case/labs', '/full'])(
    '%s paints its prerendered text before any JavaScript is requested, then hydrates',
    async (path) => {
      const { page, problems, close } = await openPage(site.browser, site.origin)
      await page.goto(site.server.url + path.slice(1), { waitUntil: 'networkidle' })
      const timing = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        scripts: performance
          .getEntriesByType('resource')
          .filter((r) => r.name.endsWith('.js'))
          .map((r) => r.startTime),
      }))
      expect(timing.paint).toBeGreaterThan(0)
      expect(timing.scripts.length).toBeGreaterThan(0)
      expect(Math.min(...timing.scripts)).toBeGreaterThanOrEqual(timing.paint ?? Infinity)
      // Then React takes over the prerendered markup.
      const hydrated = () =>
        page.evaluate(() => Object.keys(document.getElementById('root') ?? {}).some((k) => k.startsWith('__react')))
      await expect.poll(hydrated).toBe(true)
      expect(problems).toEqual({ errors: [], foreignRequests: [] })
      await close()
    },
  )

  it('ships no article text and no markdown parser in JavaScript: the text arrives as data', () => {
    const dist = inject('dist')
    const js = readdirSync(join(dist, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dist, 'assets', f), 'utf8'))
    const data = readdirSync(join(dist, 'data')).map((dir) =>
      readFileSync(join(dist, 'data', dir, 'report.json'), 'utf8'),
    )
    const sentence = caseReport.case.narrative[0].sentences[0].markdown.slice(0, 40)
    expect(data.join('')).toContain(sentence)
    expect(js.filter((code) => code.includes(sentence))).toEqual([])
    // markdown-to-jsx reads options by these names; none of its parser is in the shipped code.
    for (const option of ['enforceAtxHeadings', 'disableParsingRawHTML'])
      expect(js.filter((code) => code.includes(option))).toEqual([])
  })
})
