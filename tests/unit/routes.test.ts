import { describe, expect, it } from 'vitest'
import { casePartIds } from '../../src/model/case'
import { neighbours, partRoute, readingOrder, routes } from '../../src/lib/routes'

describe('route table', () => {
  it('is the public URL contract, in reading order', () => {
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
      '/about',
    ])
  })
  it('has unique ids and paths', () => {
    expect(new Set(routes.map((r) => r.id)).size).toBe(routes.length)
    expect(new Set(routes.map((r) => r.path)).size).toBe(routes.length)
  })
  it('links each page to its neighbours in reading order', () => {
    expect(neighbours('home')).toEqual({ previous: null, next: routes[1] })
    expect(neighbours('case')).toEqual({ previous: routes[2], next: routes[4] })
    expect(neighbours('discussion')).toEqual({ previous: routes[8], next: routes[11] })
    expect(neighbours('about')).toEqual({ previous: routes[9], next: null })
  })
  it('leaves other views of the article out of the sequence', () => {
    expect(readingOrder().map((r) => r.id)).not.toContain('full')
    expect(neighbours('full')).toEqual({ previous: null, next: null })
  })
  it('has one route per part of the case, under /case', () => {
    expect(casePartIds.map((p) => partRoute(p).path)).toEqual(casePartIds.map((p) => `/case/${p}`))
  })
})
