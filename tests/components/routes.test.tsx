import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { neighbours, type RouteEntry } from '../../src/lib/routes'
import { addresses, listedRoutes } from '../helpers/addresses'
import { renderAt } from '../helpers/render-route'

describe.each(addresses)('page $path', ({ route, path, label }) => {
  it('has one main landmark with its heading, its own title, and contents one click away (a bare page: a way out)', () => {
    renderAt(path)
    const main = screen.getByRole('main')
    expect(screen.getAllByRole('main')).toHaveLength(1)
    expect(within(main).getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(document.title).toContain(label)
    if ((route as RouteEntry).bare) {
      // Slide mode shows nothing but the step: no site header or contents, and one link back to the edition.
      expect(screen.queryByRole('navigation', { name: 'Contents' })).toBeNull()
      expect(screen.queryByRole('banner')).toBeNull()
      expect(within(main).getAllByRole('link').length).toBeGreaterThan(0)
      return
    }
    const contents = screen.getAllByRole('navigation', { name: 'Contents' })[0]
    for (const r of listedRoutes) expect(within(contents).getByRole('link', { name: r.label })).toBeTruthy()
  })

  it('links to the previous and next pages in reading order', () => {
    renderAt(path)
    const { previous, next } = neighbours(route.id)
    const pager = screen.queryByRole('navigation', { name: 'Previous and next page' })
    if (!previous && !next) {
      expect(pager).toBeNull()
      return
    }
    const hrefs = within(pager!)
      .queryAllByRole('link')
      .map((a) => a.getAttribute('href'))
    expect(hrefs).toEqual([previous?.path, next?.path].filter(Boolean))
  })
})
