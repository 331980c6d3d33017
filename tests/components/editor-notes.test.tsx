import { cleanup } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import { noteAnchor } from '../../src/lib/editor-notes'
import { noteTargets } from '../../src/lib/note-targets'
import { renderAt, textOf } from '../helpers/render-route'

const targets = noteTargets(caseReport)

/** The note with this title shown inside an element, or reached from a mark inside it. */
function noteAt(element: Element, title: string): Element | null {
  const blocks = [...element.querySelectorAll('.editor-note')]
  const inside = blocks.find((b) => textOf(b.querySelector('.editor-note-title')!) === title)
  if (inside) return inside
  const mark = [...element.querySelectorAll('a.note-mark')].find((a) => a.getAttribute('aria-label')?.endsWith(title))
  const hash = mark?.getAttribute('href')?.split('#')[1]
  const block = hash ? document.getElementById(hash) : null
  return block && textOf(block.querySelector('.editor-note-title')!) === title ? block : null
}

describe('editor’s notes', () => {
  const cases = caseReport.notes.flatMap((note) => note.attachTo.map((t) => [note.id, t, note] as const))

  it.each(cases)('%s is shown at %s', (_, target, note) => {
    const place = targets.get(target)!
    renderAt(place.path)
    const element = place.hash ? document.getElementById(target) : document.querySelector('main article')
    expect(element, `${target} on ${place.path}`).toBeTruthy()
    const shown = noteAt(element!, note.title)
    expect(shown, `note "${note.title}" at ${target}`).toBeTruthy()
    expect(textOf(shown!)).toContain('Editor’s note, added by this edition')
    expect(textOf(shown!)).toContain(note.text)
    cleanup()
  })

  it('are listed together on /about, each with its quotations linked and every place it is shown', () => {
    renderAt('/about')
    for (const note of caseReport.notes) {
      const entry = document.getElementById(noteAnchor(note.id))!
      expect(textOf(entry)).toContain(note.title)
      const quoted = [...entry.querySelectorAll('.editor-note-quotes li')]
      expect(quoted.map((li) => textOf(li.querySelector('q')!))).toEqual(note.quotes.map((q) => q.words))
      quoted.forEach((li, i) =>
        expect(li.querySelector('a')?.getAttribute('href')).toMatch(new RegExp(`#${note.quotes[i].source}$`)),
      )
      const places = [...entry.parentElement!.querySelectorAll('ul.editor-note-places a')].map((a) =>
        a.getAttribute('href'),
      )
      expect(places).toEqual(note.attachTo.map((t) => `${targets.get(t)!.path}${targets.get(t)!.hash}`))
    }
  })

  it('a reader meets the subchondral-fracture disagreement at every place the source shows it', () => {
    const note = caseReport.notes.find((n) => n.id === 'subchondral-fracture')!
    // The STIR and T1 sentences, both captions, the imaging table rows, the Discussion sentence,
    // the differential and the teaching step that shows the MRI.
    expect([...note.attachTo].sort()).toEqual(
      [
        's-stir-contour',
        's-t1-band',
        'figure-2',
        'figure-3',
        'mri-stir',
        'mri-t1',
        'discussion-1-7',
        'differential-toh',
        'teach-9',
      ].sort(),
    )
    expect(caseReport.teaching[8].figures).toEqual(expect.arrayContaining(['figure-2', 'figure-3']))
    for (const path of [
      '/discussion',
      '/differential',
      '/teach/9',
      targets.get('s-t1-band')!.path,
      targets.get('mri-stir')!.path,
    ]) {
      renderAt(path)
      expect(textOf(document.querySelector('main')!), path).toContain(note.title)
      cleanup()
    }
  })

  it('a mark in the text leads to its note after the paragraph', () => {
    renderAt('/discussion')
    const mark = document.querySelector('#discussion-1-7 a.note-mark')!
    expect(mark.getAttribute('aria-label')).toBe(
      'Editor’s note: The source disagrees with itself on a subchondral fracture',
    )
    expect(mark.getAttribute('href')).toBe('/discussion#note-subchondral-fracture-at-discussion-1')
    const block = document.getElementById('note-subchondral-fracture-at-discussion-1')!
    expect(block.previousElementSibling?.contains(document.getElementById('discussion-1-7'))).toBe(true)
  })
})

describe('key points', () => {
  it.each(['/case', '/discussion', `/teach/${caseReport.teaching.length}`])(
    'are on %s, labelled and linked',
    (path) => {
      renderAt(path)
      const heading = document.getElementById('key-points')!
      expect(textOf(heading)).toBe('Key points added by this edition')
      const items = [...heading.parentElement!.querySelectorAll('.key-points > li')]
      expect(items).toHaveLength(caseReport.keyPoints.length)
      items.forEach((li, i) => {
        expect(textOf(li)).toContain(caseReport.keyPoints[i].text)
        expect([...li.querySelectorAll('a')].map((a) => a.getAttribute('href')?.split('#')[1])).toEqual(
          caseReport.keyPoints[i].sources,
        )
      })
    },
  )
})
