import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderAt, textOf } from '../helpers/render-route'

/** The labels of a list's own items (not those of lists inside them). */
const labels = (list: Element) => [...list.children].map((li) => textOf(li.querySelector(':scope > a') ?? li))

describe('title page contents', () => {
  it('numbers the article’s sections, with the case parts under the case report, and lists the edition’s views apart', () => {
    renderAt('/')
    const nav = screen.getByRole('heading', { level: 2, name: 'Contents' }).closest('nav')!
    const [article, parts] = nav.querySelectorAll('ol')
    expect(labels(article)).toEqual(['Abstract', 'Introduction', 'Case report', 'Discussion', 'About this edition'])
    expect(parts.parentElement?.querySelector(':scope > a')?.textContent).toBe('Case report')
    expect(labels(parts)).toEqual(['Presentation', 'Imaging', 'Laboratory findings', 'Management', 'Follow-up'])
    const added = within(nav).getByRole('list', { name: 'Also in this edition' })
    expect(added.tagName).toBe('UL')
    expect(labels(added)).toContain('Whole article')
    expect(labels(added)).toContain('Teaching mode')
    expect(labels(added)).not.toContain('Abstract')
  })
})
