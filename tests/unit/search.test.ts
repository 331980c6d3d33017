import { describe, expect, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import { citingSentences } from '../../src/lib/citing'
import { figureSequence, findFigureStop, adjacentStops } from '../../src/lib/figure-slugs'
import { plainText } from '../../src/lib/plain-text'
import { searchableUnits } from '../../src/lib/searchable-units'
import { sentenceIndex } from '../../src/lib/sentence-index'
import { buildSearchIndex, loadSearch, type SearchIndexData } from '../../src/lib/search-index'

const search = loadSearch(caseReport, JSON.parse(JSON.stringify(buildSearchIndex(caseReport))) as SearchIndexData)
const ids = (query: string, order?: 'relevance' | 'article') => search(query, order).hits.map((h) => h.unit.id)
const marked = (query: string, id: string) =>
  search(query)
    .hits.find((h) => h.unit.id === id)
    ?.pieces.filter((p) => p.mark)
    .map((p) => p.text)

describe('searchable units', () => {
  it('are every sentence and caption of the article, once each, in reading order, then the editor’s notes', () => {
    const all = searchableUnits(caseReport)
    expect(new Set(all.map((u) => u.id)).size).toBe(all.length)
    const units = all.filter((u) => u.kind !== 'editor’s note')
    expect(all.slice(units.length).map((u) => u.id)).toEqual(caseReport.notes.map((n) => `note-${n.id}`))
    expect(all.at(-1)?.path).toBe('/about')
    expect(units.map((u) => u.id).sort()).toEqual([...sentenceIndex(caseReport).keys()].sort())
    expect(units.filter((u) => u.kind === 'caption').map((u) => u.id)).toEqual(caseReport.figures.map((f) => f.id))
    expect(units.slice(0, 1).map((u) => [u.id, u.page, u.section])).toEqual([
      ['abstract-1-1', 'Abstract', 'Paragraph 1'],
    ])
    expect(units.at(-1)?.id).toMatch(/^discussion-/)
  })
})

describe('search over the built index', () => {
  it('forgives a typo', () => {
    expect(ids('biphosphonates')).toEqual(['s-bisphosphonates-withheld'])
    expect(marked('biphosphonates', 's-bisphosphonates-withheld')).toEqual(['bisphosphonates'])
  })
  it('matches the start of a word, as while typing', () => {
    expect(ids('avascu')).toEqual(['s-mri-diagnosis'])
    expect(ids('avascular')).toEqual(['s-mri-diagnosis'])
  })
  it('takes glossary abbreviations and expansions as synonyms, both ways', () => {
    expect(ids('AVN')).toEqual(['s-mri-diagnosis'])
    expect(marked('avn', 's-mri-diagnosis')).toEqual(['avascular necrosis'])
    expect(search('AVN').synonyms.map((p) => p.expansion)).toEqual(['avascular necrosis'])
    // "MRI" finds the sentence that spells it out without the letters MRI.
    expect(ids('MRI')).toContain('abstract-1-5')
    expect(marked('MRI', 'abstract-1-5')).toEqual(['magnetic resonance', 'imaging'])
    // "magnetic resonance" finds sentences that only say MR or MRI.
    expect(ids('magnetic resonance')).toEqual(expect.arrayContaining(['introduction-5-4', 's-mri-diagnosis']))
    expect(marked('magnetic resonance', 's-mri-diagnosis')).toEqual(['MRI'])
  })
  it('lists whole-phrase matches first, or in article order when asked', () => {
    const best = search('bone marrow edema').hits
    const phrases = best.filter((h) => h.phrase).map((h) => h.unit.id)
    expect([...phrases].sort()).toEqual([
      'abstract-1-5',
      'abstract-1-8',
      'discussion-1-5',
      'figure-5',
      'introduction-1-9',
      'introduction-3-4',
      'introduction-5-1',
      's-mri-resolution',
    ])
    expect(best.slice(0, phrases.length).every((h) => h.phrase)).toBe(true)
    expect(best.slice(phrases.length).some((h) => h.phrase)).toBe(false)
    const article = ids('bone marrow edema', 'article')
    expect(article.slice(0, 2)).toEqual(['abstract-1-5', 'abstract-1-8'])
    expect(article.at(-1)).toBe('discussion-1-5')
    expect([...article].sort()).toEqual([...ids('bone marrow edema')].sort())
  })
  it('finds the British and the American spelling alike', () => {
    expect(ids('oedema')).toEqual(ids('edema'))
    expect(ids('oedema')).toHaveLength(15)
    expect(marked('oedema', 's-stir-edema')).toEqual(['edema'])
    expect(ids('haematological')).toEqual(['s-anti-inflammatory-trial'])
    expect(ids('remodeling')).toEqual(['introduction-1-11'])
  })
  it('finds nothing for an empty query or a word the article does not hold', () => {
    expect(search('   ')).toEqual({ hits: [], synonyms: [] })
    expect(search('zebra').hits).toEqual([])
  })
  it('never matches an abbreviation inside another word', () => {
    const report = { ...caseReport, abstract: { ...caseReport.abstract, markdown: 'Tohoku MRIs primrose smri.' } }
    const find = loadSearch(report, buildSearchIndex(report))
    const found = (query: string) => find(query).hits.map((h) => h.unit.id)
    expect(found('TOH')).not.toContain('abstract-1-1')
    expect(found('TOH')).toContain('introduction-1-1')
    expect(found('MRI')).not.toContain('abstract-1-1')
    expect(found('MRI')).toContain('s-mri-diagnosis')
    expect(found('Tohoku')).toEqual(['abstract-1-1'])
  })
  it('searches every sentence and caption, each with its page and section', () => {
    expect(search('140.50').hits.map((h) => [h.unit.path, h.unit.id, h.unit.page, h.unit.section])).toEqual([
      ['/case/labs', 's-crp', 'Laboratory findings', 'Case Report, paragraph 3'],
      ['/about', 'note-blood-values', 'About this edition', 'Editor’s notes'],
    ])
    expect(ids('Diwanji')).toEqual(['discussion-2-2'])
    expect(ids('frog leg', 'article')).toEqual(['s-x-rays', 'figure-1'])
    expect(search('frog leg').hits.find((h) => h.unit.id === 'figure-1')?.unit.section).toBe('Figure 1 caption')
  })
})

describe('editor’s notes in search', () => {
  it('finds a note by its words, on the about page', () => {
    const hit = search('reconcile').hits.map((h) => [h.unit.id, h.unit.kind])
    expect(hit).toEqual([['note-subchondral-fracture', 'editor’s note']])
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
