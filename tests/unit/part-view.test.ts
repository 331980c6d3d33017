import { describe, expect, it } from 'vitest'
import type { CaseParagraph } from '../../src/model/case'
import { partOfSentence, partParagraphs } from '../../src/lib/part-view'

const narrative: CaseParagraph[] = [
  {
    id: 'one',
    sentences: [
      { id: 'a', part: 'imaging', markdown: 'A.' },
      { id: 'b', part: 'management', markdown: 'B.' },
      { id: 'c', part: 'labs', markdown: 'C.' },
      { id: 'd', part: 'imaging', markdown: 'D.' },
      { id: 'e', part: 'labs', markdown: 'E.' },
    ],
  },
  { id: 'two', sentences: [{ id: 'f', part: 'management', markdown: 'F.' }] },
]

describe('partParagraphs', () => {
  it('keeps the authors’ order and marks runs shown on other pages', () => {
    expect(partParagraphs(narrative, 'imaging')).toEqual([
      {
        id: 'one',
        items: [
          { kind: 'sentence', sentence: narrative[0].sentences[0] },
          {
            kind: 'elsewhere',
            runs: [
              { part: 'management', sentenceId: 'b', count: 1 },
              { part: 'labs', sentenceId: 'c', count: 1 },
            ],
          },
          { kind: 'sentence', sentence: narrative[0].sentences[3] },
          { kind: 'elsewhere', runs: [{ part: 'labs', sentenceId: 'e', count: 1 }] },
        ],
      },
    ])
  })
  it('leaves out paragraphs with nothing on the page', () => {
    expect(partParagraphs(narrative, 'management').map((p) => p.id)).toEqual(['one', 'two'])
    expect(partParagraphs(narrative, 'follow-up')).toEqual([])
  })
  it('finds the part of a sentence', () => {
    expect(partOfSentence(narrative, 'c')).toBe('labs')
    expect(partOfSentence(narrative, 'zz')).toBeUndefined()
  })
})
