import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { neighbours } from '../../src/lib/routes'
import { addresses, listedRoutes } from '../helpers/addresses'
import { renderAt } from '../helpers/render-route'

describe.each(addresses)('page $path', ({ route, path, label }) => {
  it('has one main landmark with its heading, its own title, and contents one click away', () => {
    renderAt(path)
    const main = screen.getByRole('main')
    expect(screen.getAllByRole('main')).toHaveLength(1)
    expect(within(main).getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(document.title).toContain(label)
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
