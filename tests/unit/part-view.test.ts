import { describe, expect, it } from 'vitest'
import type { CaseParagraph } from '../../src/model/case'
import { allParagraphs, partOfSentence, partParagraphs } from '../../src/lib/part-view'

const narrative: CaseParagraph[] = [
  {
    id: 'one',
    sentences: [
      { id: 'a', part: 'imaging', markdown: 'A.' },
      { id: 'b', part: 'management', markdown: 'B.' },
      { id: 'c', part: 'labs', markdown: 'C.' },
    ],
  },
  { id: 'two', sentences: [{ id: 'f', part: 'management', markdown: 'F.' }] },
]
const [a, b, c] = narrative[0].sentences

describe('partParagraphs', () => {
  it('shows each paragraph that holds the part whole, in the authors’ order, marking the part’s own sentences', () => {
    expect(partParagraphs(narrative, 'labs')).toEqual([
      {
        id: 'one',
        continues: false,
        sentences: [
          { sentence: a, own: false },
          { sentence: b, own: false },
          { sentence: c, own: true },
        ],
      },
    ])
  })
  it('leaves out paragraphs with nothing of the part', () => {
    expect(partParagraphs(narrative, 'management').map((p) => p.id)).toEqual(['one', 'two'])
    expect(partParagraphs(narrative, 'follow-up')).toEqual([])
  })
  it('reads the whole narrative with every sentence its own', () => {
    expect(allParagraphs(narrative).flatMap((p) => p.sentences.map((s) => [s.sentence.id, s.own]))).toEqual([
      ['a', true],
      ['b', true],
      ['c', true],
      ['f', true],
    ])
  })
  it('finds the part of a sentence', () => {
    expect(partOfSentence(narrative, 'c')).toBe('labs')
    expect(partOfSentence(narrative, 'zz')).toBeUndefined()
  })
})
