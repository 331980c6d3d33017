import { describe, expect, it } from 'vitest'
import { linksOnlyHere, shareUrl, type Here } from '../../src/lib/share-url'

const site: Here = { origin: 'https://example.org', documentPath: '/case/labs', base: '/', mode: 'browser' }
const hosted: Here = { ...site, base: '/teaching/toh/' }
const file: Here = { origin: 'file://', documentPath: '/home/t/offline.html', base: './', mode: 'hash' }

describe('shareUrl', () => {
  it('links from a file to the published site when one is configured, and says when a link opens only here', () => {
    const published: Here = { ...file, site: 'https://example.org/toh/' }
    expect(shareUrl(published, { path: '/case/labs', id: 'crp' })).toBe('https://example.org/toh/case/labs#crp')
    expect(shareUrl(published, { path: '/slides/3', search: '?screen=2' })).toBe(
      'https://example.org/toh/slides/3?screen=2',
    )
    expect(linksOnlyHere(published)).toBe(false)
    expect(linksOnlyHere(file)).toBe(true)
    // On the web the page's own address is used, configured or not.
    expect(shareUrl({ ...site, site: 'https://elsewhere.org/' }, { path: '/case' })).toBe('https://example.org/case')
    expect(linksOnlyHere(site)).toBe(false)
  })
  it('keeps a place’s own query before presenter mode', () => {
    expect(shareUrl(site, { path: '/slides/3', search: '?screen=2', present: true })).toBe(
      'https://example.org/slides/3?screen=2&present',
    )
  })
  it('builds absolute links to pages and places on the site', () => {
    expect(shareUrl(site, { path: '/case/imaging', id: 'figure-3' })).toBe('https://example.org/case/imaging#figure-3')
    expect(shareUrl(site, { path: '/' })).toBe('https://example.org/')
    expect(shareUrl(site, { path: '/figures/3b', present: true })).toBe('https://example.org/figures/3b?present')
  })
  it('keeps the base path of a site hosted under a sub-path', () => {
    expect(shareUrl(hosted, { path: '/case/labs', id: 'crp' })).toBe('https://example.org/teaching/toh/case/labs#crp')
    expect(shareUrl(hosted, { path: '/' })).toBe('https://example.org/teaching/toh/')
  })
  it('puts the route in the hash for the single-file edition', () => {
    expect(shareUrl(file, { path: '/case/labs', id: 'crp' })).toBe('file:///home/t/offline.html#/case/labs#crp')
    expect(shareUrl(file, { path: '/teach/3', present: true })).toBe('file:///home/t/offline.html#/teach/3?present')
  })
})
