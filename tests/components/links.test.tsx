import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addresses } from '../helpers/addresses'
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

const paths = new Set(addresses.map((a) => a.path))

// Render each page once and remember its ids, then check every link of every page against them.
const ids = new Map<string, Set<string>>()
const links = new Map<string, { path: string; hash: string }[]>()
for (const { path } of addresses) {
  renderAt(path)
  ids.set(path, new Set([...document.querySelectorAll('[id]')].map((e) => e.id)))
  links.set(path, internalLinks())
  document.body.innerHTML = ''
}

describe('links (a dead-link check over the whole app)', () => {
  it.each(addresses)('every internal link on $path lands on a page and an element that exist', ({ path: here }) => {
    const broken = (links.get(here) ?? []).filter(({ path, hash }) => {
      const target = (path || here).split('?')[0]
      if (!paths.has(target)) return true
      return hash !== '' && !ids.get(target)?.has(decodeURIComponent(hash))
    })
    expect(broken).toEqual([])
  })

  it('ids are unique on every page', () => {
    for (const { path } of addresses) {
      renderAt(path)
      const all = [...document.querySelectorAll('[id]')].map((e) => e.id)
      expect(
        all.filter((id, i) => all.indexOf(id) !== i),
        path,
      ).toEqual([])
      document.body.innerHTML = ''
    }
    expect(screen.queryByRole('main')).toBeNull()
  })
})
