import { describe, expect, it } from 'vitest'
import type { CaseHeading, CaseParagraph } from '../../src/model/case'
import { caseReading } from '../../src/lib/case-reading'

const narrative: CaseParagraph[] = [
  {
    id: 'one',
    sentences: [
      { id: 'a', part: 'imaging', markdown: 'A.' },
      { id: 'b', part: 'labs', markdown: 'B.' },
      { id: 'c', part: 'labs', markdown: 'C.' },
    ],
  },
  { id: 'two', sentences: [{ id: 'd', part: 'imaging', markdown: 'D.' }] },
]
const headings: CaseHeading[] = [
  { id: 'h-imaging', text: 'Imaging', level: 2, part: 'imaging', startsAt: 'a' },
  { id: 'h-labs', text: 'Labs', level: 3, part: 'labs', startsAt: 'b' },
]
const cites: Record<string, string[]> = { a: ['figure-1'], c: ['figure-2'], d: ['figure-1', 'figure-3'] }

describe('caseReading', () => {
  it('sets headings before the sentences they start, splitting a paragraph, and each figure after its first citation', () => {
    const blocks = caseReading(narrative, headings, (id) => cites[id] ?? [])
    expect(
      blocks.map((b) =>
        b.kind === 'heading'
          ? `h:${b.heading.id}`
          : b.kind === 'figure'
            ? `f:${b.figureId}`
            : `p:${b.paragraph.id}${b.paragraph.continues ? '+' : ''}:${b.paragraph.sentences.map((s) => s.sentence.id).join('')}`,
      ),
    ).toEqual(['h:h-imaging', 'p:one:a', 'f:figure-1', 'h:h-labs', 'p:one+:bc', 'f:figure-2', 'p:two:d', 'f:figure-3'])
  })
  it('keeps every sentence once, in the authors’ order', () => {
    const ids = caseReading(narrative, headings, () => []).flatMap((b) =>
      b.kind === 'paragraph' ? b.paragraph.sentences.map((s) => s.sentence.id) : [],
    )
    expect(ids).toEqual(['a', 'b', 'c', 'd'])
  })
})
