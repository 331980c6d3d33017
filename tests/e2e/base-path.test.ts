import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { routes } from '../../src/lib/routes'
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
    for (const route of routes) {
      const response = await page.goto(server.url + route.path.slice(1), { waitUntil: 'networkidle' })
      expect(response?.status(), route.path).toBe(200)
      expect(await page.title()).toContain(route.label)
      const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
      expect(
        hrefs.filter((h) => !h?.startsWith(basePath)),
        route.path,
      ).toEqual([])
    }
    expect(requests.filter((p) => !p.startsWith(basePath))).toEqual([])
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
    expect(scope).toBe(server.url)
    expect(problems).toEqual({ errors: [], foreignRequests: [] })
    await close()
  })
})
