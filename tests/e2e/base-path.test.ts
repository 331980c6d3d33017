import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { addresses } from '../helpers/addresses'
import { launchBrowser, openPage } from './browser'
import { basePath } from './global-setup'
import { serveStatic, type StaticServer } from './static-server'

let server: StaticServer
let browser: Browser
beforeAll(async () => {
  server = await serveStatic(inject('distBase'), basePath)
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe(`a build for the base path ${basePath}`, () => {
  it('serves every route under the base, with links, assets and the service worker inside it', async () => {
    const origin = new URL(server.url).origin
    const { page, problems, close } = await openPage(browser, origin)
    const requests: string[] = []
    page.on('request', (r) => requests.push(new URL(r.url()).pathname))
    for (const { path, label } of addresses) {
      const response = await page.goto(server.url + path.slice(1), { waitUntil: 'networkidle' })
      expect(response?.status(), path).toBe(200)
      expect(await page.title()).toContain(label)
      const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
      expect(
        hrefs.filter((h) => !h?.startsWith(basePath)),
        path,
      ).toEqual([])
    }
    expect(requests.filter((p) => !p.startsWith(basePath))).toEqual([])
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
    expect(scope).toBe(server.url)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })
})
