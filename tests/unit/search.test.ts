import { describe, expect, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import { citingSentences } from '../../src/lib/citing'
import { figureSequence, findFigureStop, adjacentStops } from '../../src/lib/figure-slugs'
import { plainText } from '../../src/lib/plain-text'
import { search, searchDocs, type SearchDoc } from '../../src/lib/search'

const docs: SearchDoc[] = [
  { path: '/a', anchor: 'one', text: 'The C-reactive protein (CRP) was elevated.' },
  { path: '/b', anchor: 'two', text: 'No mention here.' },
  { path: '/c', anchor: 'three', text: 'CRP again, and edema.' },
]

describe('search', () => {
  it('finds every document holding all the words, in order, any case, with context', () => {
    expect(search(docs, 'crp')).toEqual([
      { doc: docs[0], before: 'The C-reactive protein (', match: 'CRP', after: ') was elevated.' },
      { doc: docs[2], before: '', match: 'CRP', after: ' again, and edema.' },
    ])
    expect(search(docs, 'CRP edema').map((h) => h.doc.anchor)).toEqual(['three'])
  })
  it('finds nothing for an empty query or an absent word', () => {
    expect(search(docs, '   ')).toEqual([])
    expect(search(docs, 'zebra')).toEqual([])
  })
  it('trims long context at word boundaries, with an ellipsis', () => {
    const [hit] = search([{ path: '/', anchor: 'x', text: 'aaaa bbbb cccc dddd' }], 'cccc', 5)
    expect(hit).toMatchObject({ before: '…bbbb ', match: 'cccc', after: ' dddd' })
    const [cut] = search([{ path: '/', anchor: 'x', text: 'alpha bravo charlie delta echo' }], 'charlie', 4)
    expect(cut).toMatchObject({ before: '…', match: 'charlie', after: '…' })
  })
  it('shows the whole query as the match where it stands as a phrase', () => {
    const [hit] = search([{ path: '/', anchor: 'x', text: 'The left femoral head and neck.' }], 'Femoral  Head')
    expect(hit).toMatchObject({ before: 'The left ', match: 'femoral head', after: ' and neck.' })
    const [apart] = search([{ path: '/', anchor: 'x', text: 'Head of the femoral bone.' }], 'femoral head')
    expect(apart).toMatchObject({ match: 'femoral' })
  })
  it('searches the whole article: every sentence and caption, linked to its place', () => {
    const hits = search(searchDocs(caseReport), '140.50')
    expect(hits.map((h) => `${h.doc.path}#${h.doc.anchor}`)).toEqual(['/case/labs#s-crp'])
    expect(search(searchDocs(caseReport), 'Diwanji').map((h) => h.doc.anchor)).toEqual(['discussion-2-2'])
    expect(search(searchDocs(caseReport), 'frog leg').map((h) => h.doc.anchor)).toEqual(['s-x-rays', 'figure-1'])
  })
})

describe('plainText', () => {
  it('keeps the words of references and drops their link syntax', () => {
    expect(plainText('gait.[[1-6]](cite:1-6) seen \\[[Figure 2a and b](fig:figure-2a,figure-2b)\\].')).toBe(
      'gait.[1-6] seen [Figure 2a and b].',
    )
  })
})

describe('figure viewer addresses', () => {
  it('runs through each figure then its panels', () => {
    expect(figureSequence(caseReport.figures).map((s) => s.slug)).toEqual([
      '1',
      '1a',
      '1b',
      '2',
      '2a',
      '2b',
      '3',
      '3a',
      '3b',
      '4',
      '5',
      '5a',
      '5b',
      '5c',
    ])
  })
  it('finds a stop by slug and its neighbours', () => {
    expect(findFigureStop(caseReport.figures, '3b')?.panelId).toBe('figure-3b')
    expect(findFigureStop(caseReport.figures, '4')?.panelId).toBeNull()
    expect(findFigureStop(caseReport.figures, '4a')).toBeNull()
    expect(findFigureStop(caseReport.figures, '9')).toBeNull()
    const { previous, next } = adjacentStops(caseReport.figures, '3b')
    expect([previous?.slug, next?.slug]).toEqual(['3a', '4'])
    expect(adjacentStops(caseReport.figures, '1').previous).toBeNull()
    expect(adjacentStops(caseReport.figures, '5c').next).toBeNull()
  })
  it('knows the sentences that cite each figure', () => {
    expect(citingSentences(caseReport, 'figure-3').map((s) => `${s.path}#${s.anchor}`)).toEqual([
      '/case/imaging#s-t1-edema',
    ])
    expect(citingSentences(caseReport, 'figure-5').map((s) => s.anchor)).toEqual(['s-mri-resolution'])
  })
})
