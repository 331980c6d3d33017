import { describe, expect, it } from 'vitest'
import { headersFile, redirectsFile } from '../../src/build/host-configs'
import { headersFor, isHidden, matchesPath, resolvePolicy } from '../../src/build/http-policy'
import { nginxConfig } from '../../src/build/server-configs'

const policy = resolvePolicy({ base: '/', pageCsp: "default-src 'self'", offlineCsp: "script-src 'sha256-x'" })
const underBase = resolvePolicy({ base: '/teaching/toh/', pageCsp: 'p', offlineCsp: 'o' })

describe('the HTTP policy', () => {
  it('matches paths with * as any run of characters', () => {
    expect(matchesPath('assets/*', 'assets/index-abc.js')).toBe(true)
    expect(matchesPath('workbox-*.js', 'workbox-9c191d2f.js')).toBe(true)
    expect(matchesPath('sw.js', 'swajs')).toBe(false)
    expect(matchesPath('*', 'case/labs/index.html')).toBe(true)
  })

  it('gives each kind of file its caching, security headers and type', () => {
    expect(headersFor(policy, 'assets/index-abc.js')).toMatchObject({
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Content-Type': 'text/javascript; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
    })
    expect(headersFor(policy, 'data/0123/report.json')['Content-Type']).toBe('application/json; charset=utf-8')
    expect(headersFor(policy, 'case/labs/index.html')).toMatchObject({
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': "default-src 'self'",
    })
    expect(headersFor(policy, 'offline.html')['Content-Security-Policy']).toBe("script-src 'sha256-x'")
    expect(headersFor(policy, 'manifest.webmanifest')).toMatchObject({
      'Cache-Control': 'no-cache',
      'Content-Type': 'application/manifest+json; charset=utf-8',
    })
    expect(headersFor(policy, 'manifest.webmanifest')['Content-Security-Policy']).toBeUndefined()
    expect(headersFor(policy, 'icon-192.png')['Content-Type']).toBe('image/png')
  })

  it('hides the build’s configuration files', () => {
    expect(isHidden(policy, 'hosting/nginx.conf')).toBe(true)
    expect(isHidden(policy, '_headers')).toBe(true)
    expect(isHidden(policy, 'case/labs/index.html')).toBe(false)
  })
})

describe('the configurations written for hosts', () => {
  const files = ['404.html', 'assets/a.js', 'case/labs/index.html', 'hosting/nginx.conf', 'index.html', 'sw.js']

  it('_headers sets each header once per URL: common ones for /*, the rest per folder or file', () => {
    const text = headersFile(underBase, files)
    const blocks = text.split('\n\n').flatMap((b) => b.split('\n').find((l) => l && !l.startsWith('#')) ?? [])
    expect(blocks).toEqual([
      '/teaching/toh/*',
      '/teaching/toh/assets/*',
      '/teaching/toh/data/*',
      '/teaching/toh/sw.js',
      '/teaching/toh/404.html',
      '/teaching/toh/case/labs',
      '/teaching/toh/case/labs/',
      '/teaching/toh/case/labs/index.html',
      '/teaching/toh/',
      '/teaching/toh/index.html',
    ])
    expect(text).not.toContain('hosting/nginx.conf')
  })

  it('_redirects answers the not-found page under a base path, and nothing at the root', () => {
    expect(redirectsFile(underBase)).toContain('/teaching/toh/*  /teaching/toh/404.html  404\n')
    expect(
      redirectsFile(policy)
        .split('\n')
        .filter((l) => l && !l.startsWith('#')),
    ).toEqual([])
  })

  it('nginx: one location per kind, pages found with or without their slash, 404 page for the rest', () => {
    const conf = nginxConfig(underBase)
    expect(conf).toContain('location ^~ /teaching/toh/assets/ {')
    expect(conf).toContain('location ~ ^/teaching/toh/workbox-[^/]*\\.js$ {')
    expect(conf).toContain('  try_files $uri $uri/index.html =404;')
    expect(conf).toContain('error_page 403 404 =404 /teaching/toh/404.html;')
    expect(conf).toContain('add_header Content-Security-Policy "p" always;')
  })
})
