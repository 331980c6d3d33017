import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { citationNumbers } from '../../src/lib/references'
import { renderAt, textOf } from '../helpers/render-route'

/** Each citation on the rendered page: the sentence it stands in, the numbers it names, its links. */
function citations() {
  return [...document.querySelectorAll('main sup.citation')].map((sup) => ({
    sentence: sup.closest('.sentence')!.id,
    numbers: citationNumbers(textOf(sup).slice(1, -1)) ?? [],
    links: [...sup.querySelectorAll('a')].map((a) => ({ text: textOf(a), href: a.getAttribute('href') })),
  }))
}

describe('citations', () => {
  it.each(['/introduction', '/discussion', '/full'])(
    'on %s, every number a citation names has a reference entry that links back to the citing sentence',
    (path) => {
      renderAt(path)
      const found = citations()
      expect(found.length).toBeGreaterThan(5)
      for (const { sentence, numbers } of found) {
        expect(numbers.length).toBeGreaterThan(0)
        for (const n of numbers) {
          const entry = document.getElementById(`ref-${n}`)
          expect(entry, `ref-${n} for ${sentence}`).not.toBeNull()
          const back = [...entry!.querySelectorAll('.cited-by a')].map((a) => a.getAttribute('href'))
          expect(back, `ref-${n} lists ${sentence}`).toContain(`${path}#${sentence}`)
        }
      }
    },
  )

  it('links each reference of a list and each range as written', () => {
    renderAt('/introduction')
    const byText = new Map(citations().map((c) => [c.links.map((l) => l.text).join(','), c.links]))
    expect(byText.get('1-6')).toEqual([{ text: '1-6', href: '/introduction#ref-1' }])
    expect(byText.get('3,5,6')).toEqual([
      { text: '3', href: '/introduction#ref-3' },
      { text: '5', href: '/introduction#ref-5' },
      { text: '6', href: '/introduction#ref-6' },
    ])
    expect(byText.get('1,3-7')?.map((l) => l.href)).toEqual(['/introduction#ref-1', '/introduction#ref-3'])
  })

  it('marks the references a followed citation names and leads back to its sentence', () => {
    // jsdom does not lay out pages; the scroll to the reference is checked in the browser tests.
    Element.prototype.scrollIntoView = () => {}
    renderAt('/introduction')
    const sentence = document.getElementById('introduction-1-5')!
    expect(screen.queryByRole('link', { name: /Back to the text/ })).toBeNull()
    fireEvent.click(within(sentence).getByRole('link', { name: '1-6' }))
    const marked = [...document.querySelectorAll('.reference-list > li.cited-now')].map((li) => li.id)
    expect(marked).toEqual(['ref-1', 'ref-2', 'ref-3', 'ref-4', 'ref-5', 'ref-6'])
    const back = within(document.getElementById('ref-4')!).getByRole('link', { name: /Back to the text/ })
    expect(back.getAttribute('href')).toBe('/introduction#introduction-1-5')
    const cameFrom = document.querySelector('#ref-4 .came-from')!.closest('li')!
    expect(cameFrom.querySelector('a')?.getAttribute('href')).toBe('/introduction#introduction-1-5')
    expect(within(document.getElementById('ref-7')!).queryByRole('link', { name: /Back to the text/ })).toBeNull()
  })

  it('keeps the note that the list is missing from the source, with the DOI', () => {
    renderAt('/discussion')
    const note = document.getElementById('references')!.closest('section')!
    expect(textOf(note)).toContain('is not included in the source text')
    expect(within(note).getByRole('link', { name: 'https://doi.org/10.4103/2319-2585.155929' })).toBeTruthy()
    expect(textOf(document.getElementById('ref-12')!)).toContain('The text names its author: Diwanji.')
  })
})
