import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { listedRoutes } from '../helpers/addresses'
import { renderAt } from '../helpers/render-route'

describe('an unknown path', () => {
  it.each([
    '/nope',
    '/case/xray',
    '/case/imaging/extra',
    '/figures/9',
    '/figures/4a',
    '/teach/0',
    '/teach/13',
    '/slides/0',
    '/slides/13',
    '/slides/x',
  ])('%s shows not found with a link to every page', (path) => {
    renderAt(path)
    const main = screen.getByRole('main')
    expect(within(main).getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy()
    expect(main.textContent).toContain(path)
    expect(document.title).toContain('Page not found')
    for (const r of listedRoutes) {
      expect(within(main).getByRole('link', { name: r.label }).getAttribute('href')).toBe(r.path)
    }
  })
})

describe('leaving the not-found page', () => {
  it('a link from it lands on the new page with its heading focused, as from any other page', async () => {
    renderAt('/nope')
    fireEvent.click(within(screen.getByRole('main')).getByRole('link', { name: 'Laboratory findings' }))
    const heading = await screen.findByRole('heading', { level: 1, name: 'Laboratory findings' })
    expect(document.activeElement).toBe(heading)
  })
})
