import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { launchBrowser } from './browser'
import { serveStatic, type StaticServer } from './static-server'

/** The built site on a plain static server and a browser, for one test file; read after beforeAll. */
export interface Site {
  server: StaticServer
  browser: Browser
  /** The server's origin, e.g. http://127.0.0.1:40123 */
  origin: string
}

/** Serve the build and launch Chromium before the file's tests; close both after. */
export function siteUnderTest(dir: 'dist' | 'distBase' = 'dist', base = '/'): Site {
  const site = {} as Site
  beforeAll(async () => {
    site.server = await serveStatic(inject(dir), base)
    site.origin = new URL(site.server.url).origin
    site.browser = await launchBrowser()
  })
  afterAll(async () => {
    await site.browser?.close()
    await site.server?.close()
  })
  return site
}
