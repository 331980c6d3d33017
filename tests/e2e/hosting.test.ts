import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { headersFor, type HttpPolicy } from '../../src/build/http-policy'
import { addresses } from '../helpers/addresses'
import { basePath } from './global-setup'
import { startCaddy, startNginx, startServe, type Host } from './hosts'

const hosts = [
  ['nginx with the generated include', startNginx],
  ['npm start', startServe],
  ['Caddy with the generated Caddyfile', startCaddy],
] as const
const builds = [
  ['dist', '/'],
  ['distBase', basePath],
] as const

/** A file of each kind the policy treats apart, as paths from the base. */
function samples(dist: string): string[] {
  const assets = readdirSync(join(dist, 'assets'))
  const data = readdirSync(join(dist, 'data'))[0]
  return [
    ...['.js', '.css', '.svg'].map((ext) => `assets/${assets.find((f) => f.endsWith(ext))}`),
    `data/${data}/report.json`,
    `data/${data}/pages/case/labs.json`,
    'sw.js',
    'manifest.webmanifest',
    'offline.html',
    'favicon.svg',
    'icon-192.png',
    '404.html',
    'case/labs/index.html',
  ]
}

const mediaType = (value: string | null) => value?.split(';')[0].trim()

/** Every header the policy gives a file, as the response carries it. */
function expectPolicyHeaders(response: Response, policy: HttpPolicy, file: string) {
  const { 'Content-Type': type, ...expected } = headersFor(policy, file)
  const got = Object.fromEntries(Object.keys(expected).map((name) => [name, response.headers.get(name)]))
  expect(got, file).toEqual(expected)
  if (type) expect(mediaType(response.headers.get('content-type')), file).toBe(mediaType(type))
}

describe.each(hosts)('%s', (_name, start) => {
  describe.each(builds)('serving the build %s (base %s)', (build, base) => {
    let host: Host
    let policy: HttpPolicy
    let dist: string
    beforeAll(async () => {
      dist = inject(build)
      policy = JSON.parse(readFileSync(join(dist, 'hosting/policy.json'), 'utf8')) as HttpPolicy
      host = await start(dist, base)
    })
    afterAll(() => host?.stop())

    it('answers every route, as /x, /x/ and /x/index.html, 200 with its page and the page headers', async () => {
      for (const { path, label } of addresses) {
        const forms =
          path === '/' ? ['', 'index.html'] : [path.slice(1), `${path.slice(1)}/`, `${path.slice(1)}/index.html`]
        for (const form of forms) {
          const response = await fetch(host.url + form)
          expect(response.status, form).toBe(200)
          const html = await response.text()
          expect(/<title>([^<]*)<\/title>/.exec(html)?.[1].replace(/&amp;/g, '&'), form).toContain(label)
          expectPolicyHeaders(response, policy, path === '/' ? 'index.html' : `${path.slice(1)}/index.html`)
        }
      }
    })

    it('answers a path that is not a page 404 with the not-found page, and hides its configuration', async () => {
      const unknown = [
        'case/xyz',
        'assets/',
        'data/',
        'no/such/page',
        'hosting/nginx.conf',
        '_headers',
        '.vite/manifest.json',
      ]
      const outside = base === '/' ? [] : [`${host.origin}/elsewhere`]
      for (const url of [...unknown.map((p) => host.url + p), ...outside]) {
        const response = await fetch(url)
        expect(response.status, url).toBe(404)
        expect(await response.text(), url).toContain('Page not found')
        expectPolicyHeaders(response, policy, '404.html')
      }
    })

    it('sends each kind of file with its caching, security headers and content type, compressed', async () => {
      for (const file of samples(dist)) {
        const response = await fetch(host.url + file, { headers: { 'accept-encoding': 'gzip' } })
        expect(response.status, file).toBe(200)
        expectPolicyHeaders(response, policy, file)
      }
      const page = await fetch(`${host.url}case/labs`, { headers: { 'accept-encoding': 'gzip' } })
      expect(page.headers.get('content-encoding')).toBe('gzip')
      const csp = page.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("frame-ancestors 'none'")
      const meta = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(await page.text())?.[1]
      expect(`${meta?.replace(/&#39;/g, "'")}; frame-ancestors 'none'`).toBe(csp)
    })
  })
})
