import { describe, expect, it } from 'vitest'
import { casePartIds } from '../../src/model/case'
import { neighbours, partRoute, routes } from '../../src/lib/routes'

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
    expect(neighbours('about')).toEqual({ previous: routes[9], next: null })
  })
  it('has one route per part of the case, under /case', () => {
    expect(casePartIds.map((p) => partRoute(p).path)).toEqual(casePartIds.map((p) => `/case/${p}`))
  })
})
