import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { routes } from '../../src/lib/routes'
import { renderAt } from '../helpers/render-route'

/** Every internal link of a page: path and hash. */
function internalLinks(): { path: string; hash: string }[] {
  return [...document.querySelectorAll('a[href]:not([download])')]
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => href.startsWith('/') || href.startsWith('#'))
    .map((href) => {
      const [path, hash = ''] = href.split('#')
      return { path, hash }
    })
}

const paths = new Set(routes.map((r) => r.path as string))

// Render each page once and remember its ids, then check every link of every page against them.
const ids = new Map<string, Set<string>>()
const links = new Map<string, { path: string; hash: string }[]>()
for (const route of routes) {
  renderAt(route.path)
  ids.set(route.path, new Set([...document.querySelectorAll('[id]')].map((e) => e.id)))
  links.set(route.path, internalLinks())
  document.body.innerHTML = ''
}

describe('links (a dead-link check over the whole app)', () => {
  it.each(routes)('every internal link on $path lands on a page and an element that exist', (route) => {
    const broken = (links.get(route.path) ?? []).filter(({ path, hash }) => {
      const target = path || route.path
      if (!paths.has(target)) return true
      return hash !== '' && !ids.get(target)?.has(decodeURIComponent(hash))
    })
    expect(broken).toEqual([])
  })

  it('ids are unique on every page', () => {
    for (const route of routes) {
      renderAt(route.path)
      const all = [...document.querySelectorAll('[id]')].map((e) => e.id)
      expect(
        all.filter((id, i) => all.indexOf(id) !== i),
        route.path,
      ).toEqual([])
      document.body.innerHTML = ''
    }
    expect(screen.queryByRole('main')).toBeNull()
  })
})
