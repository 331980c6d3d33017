import { describe, expect, it } from 'vitest'
import { shareUrl, type Here } from '../../src/lib/share-url'

const site: Here = { origin: 'https://example.org', documentPath: '/case/labs', base: '/', mode: 'browser' }
const hosted: Here = { ...site, base: '/teaching/toh/' }
const file: Here = { origin: 'file://', documentPath: '/home/t/offline.html', base: './', mode: 'hash' }

describe('shareUrl', () => {
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
