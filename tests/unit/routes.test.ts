import { describe, expect, it } from 'vitest'
import { casePartIds } from '../../src/model/case'
import { caseReport } from '../../content/case-report'
import { neighbours, pageAddresses, partRoute, readingOrder, routes } from '../../src/lib/routes'

const byId = (id: string) => routes.find((r) => r.id === id)

describe('route table', () => {
  it('is the public URL contract', () => {
    expect(routes.map((r) => r.path)).toEqual([
      '/',
      '/abstract',
      '/introduction',
      '/case',
      '/case/presentation',
      '/case/imaging',
      '/case/labs',
      '/case/management',
      '/case/follow-up',
      '/discussion',
      '/full',
      '/differential',
      '/glossary',
      '/care',
      '/figures',
      '/figures/:figure',
      '/teach',
      '/teach/handout',
      '/teach/:step',
      '/slides/:step',
      '/present',
      '/search',
      '/about',
    ])
  })
  it('expands parameter routes over the content, one page each', () => {
    const paths = pageAddresses(caseReport).map((a) => a.path)
    expect(paths).toContain('/figures/3b')
    expect(paths).toContain('/teach/11')
    expect(paths.filter((p) => p.startsWith('/figures/'))).toHaveLength(14)
    expect(paths.filter((p) => /^\/teach\/\d+$/.test(p))).toHaveLength(caseReport.teaching.length)
    expect(paths.filter((p) => /^\/slides\/\d+$/.test(p))).toHaveLength(caseReport.teaching.length)
    expect(paths.some((p) => p.includes(':'))).toBe(false)
    expect(new Set(paths).size).toBe(paths.length)
  })
  it('has unique ids and paths', () => {
    expect(new Set(routes.map((r) => r.id)).size).toBe(routes.length)
    expect(new Set(routes.map((r) => r.path)).size).toBe(routes.length)
  })
  it('pages through the article in reading order, other views left out', () => {
    expect(readingOrder().map((r) => r.path)).toEqual([
      '/',
      '/abstract',
      '/introduction',
      '/case',
      '/case/presentation',
      '/case/imaging',
      '/case/labs',
      '/case/management',
      '/case/follow-up',
      '/discussion',
      '/about',
    ])
  })
  it('links each page to its neighbours in reading order', () => {
    expect(neighbours('home')).toEqual({ previous: null, next: byId('abstract') })
    expect(neighbours('case')).toEqual({ previous: byId('introduction'), next: byId('presentation') })
    expect(neighbours('discussion')).toEqual({ previous: byId('follow-up'), next: byId('about') })
    expect(neighbours('about')).toEqual({ previous: byId('discussion'), next: null })
  })
  it('gives other views of the article no previous or next page', () => {
    for (const id of ['full', 'differential', 'glossary', 'care'])
      expect(neighbours(id)).toEqual({ previous: null, next: null })
  })
  it('has one route per part of the case, under /case', () => {
    expect(casePartIds.map((p) => partRoute(p).path)).toEqual(casePartIds.map((p) => `/case/${p}`))
  })
})
