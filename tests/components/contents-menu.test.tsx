import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderAt } from '../helpers/render-route'

/** The contents menu of the narrow layout, opened as a tap on its button would open it. */
function openMenu(): HTMLDetailsElement {
  const summary = screen.getByText('Contents', { selector: 'summary' })
  const menu = summary.closest('details')
  if (!menu) throw new Error('the Contents button is not in a disclosure')
  menu.open = true
  return menu
}

describe('contents menu (narrow screens)', () => {
  it('closes when the reader chooses a page, so the page is not left under it', async () => {
    renderAt('/')
    const menu = openMenu()
    fireEvent.click(within(menu).getByRole('link', { name: 'Laboratory findings' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Laboratory findings' })).toBeTruthy()
    expect(menu.open).toBe(false)
  })

  it('closes on Escape and gives focus back to its button', () => {
    renderAt('/case/labs')
    const menu = openMenu()
    const link = within(menu).getByRole('link', { name: 'Discussion' })
    link.focus()
    fireEvent.keyDown(link, { key: 'Escape' })
    expect(menu.open).toBe(false)
    expect(document.activeElement).toBe(screen.getByText('Contents', { selector: 'summary' }))
  })

  it('closes when focus moves out of it to the page beneath', () => {
    renderAt('/case/labs')
    const menu = openMenu()
    const link = within(menu).getByRole('link', { name: 'Discussion' })
    fireEvent.focusOut(link, { relatedTarget: screen.getByRole('heading', { level: 1 }) })
    expect(menu.open).toBe(false)
  })

  it('closes on a tap outside it, and stays open for a tap inside it', () => {
    renderAt('/case/labs')
    const menu = openMenu()
    fireEvent.pointerDown(within(menu).getByRole('combobox'))
    expect(menu.open).toBe(true)
    fireEvent.pointerDown(screen.getByRole('main'))
    expect(menu.open).toBe(false)
  })
})
