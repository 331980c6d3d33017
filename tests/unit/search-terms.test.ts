import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import {
  findRun,
  highlight,
  holdsPhrase,
  queryForms,
  synonymPairs,
  termFolder,
  words,
} from '../../src/lib/search-terms'

const fold = termFolder([{ american: 'edema', british: 'oedema' }])
const pairs = synonymPairs(
  [
    { term: 'AVN', expansion: 'avascular necrosis', definedInSource: false },
    { term: 'MRI', expansion: 'magnetic resonance imaging', definedInSource: true },
  ],
  fold,
)

describe('search terms', () => {
  it('splits text into words of letters and digits', () => {
    expect(words('C-reactive protein 140.50, s/o “warm”')).toEqual([
      'C',
      'reactive',
      'protein',
      '140',
      '50',
      's',
      'o',
      'warm',
    ])
  })
  it('folds case, accents and British spelling', () => {
    expect(['Oedema', 'EDEMA', 'Sjögren', 'bone'].map(fold)).toEqual(['edema', 'edema', 'sjogren', 'bone'])
  })
  it('finds a run of words', () => {
    expect(findRun(['a', 'b', 'c', 'b', 'c'], ['b', 'c'])).toBe(1)
    expect(findRun(['a', 'b'], ['b', 'a'])).toBe(-1)
    expect(findRun(['a'], [])).toBe(-1)
  })
  it('searches a query also with each glossary abbreviation or expansion in its place', () => {
    expect(queryForms(['avn'], pairs).map((f) => f.terms)).toEqual([['avn'], ['avascular', 'necrosis']])
    expect(queryForms(['no', 'avascular', 'necrosis'], pairs).map((f) => f.terms)).toEqual([
      ['no', 'avascular', 'necrosis'],
      ['no', 'avn'],
    ])
    expect(queryForms(['magnetic', 'resonance'], pairs).map((f) => f.terms)).toEqual([
      ['magnetic', 'resonance'],
      ['mri'],
    ])
    expect(queryForms(['magnetic'], pairs).map((f) => f.terms)).toEqual([['magnetic']])
    expect(queryForms(['avascular'], pairs)).toHaveLength(1)
  })
  it('tells a whole phrase, the last word possibly begun', () => {
    const text = words('Low signal of bone marrow edema here').map(fold)
    expect(holdsPhrase(text, [{ terms: ['marrow', 'oedema'].map(fold) }])).toBe(true)
    expect(holdsPhrase(text, [{ terms: ['bone', 'marrow', 'ede'] }])).toBe(true)
    expect(holdsPhrase(text, [{ terms: ['bone', 'edema'] }])).toBe(false)
    expect(holdsPhrase(text, [{ terms: ['edema'] }])).toBe(false)
  })
  it('marks every matched word, joining neighbours into one mark', () => {
    expect(highlight('Bone marrow (oedema), bone.', new Set(['bone', 'marrow', 'edema']), fold)).toEqual([
      { text: 'Bone marrow', mark: true },
      { text: ' (', mark: false },
      { text: 'oedema', mark: true },
      { text: '), ', mark: false },
      { text: 'bone', mark: true },
      { text: '.', mark: false },
    ])
  })
})

describe('spelling variants (content/spelling-variants.ts)', () => {
  const sourceWords = new Set(
    words(readFileSync(resolve(__dirname, '../..', caseReport.sourceFile), 'utf8')).map((w) => w.toLowerCase()),
  )
  it('lists only words the article uses, in exactly one of their spellings', () => {
    for (const v of caseReport.spellingVariants)
      expect(
        [v.american, v.british].filter((w) => sourceWords.has(w)),
        `${v.american}/${v.british}`,
      ).toHaveLength(1)
  })
  it('covers the pairs the text needs, edema and hematological among them', () => {
    expect(caseReport.spellingVariants.map((v) => v.british)).toEqual(
      expect.arrayContaining(['oedema', 'haematological', 'remodelling']),
    )
  })
})
