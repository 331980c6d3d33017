import { describe, expect, it } from 'vitest'
import { paragraphs, proseSentenceAnchor, splitMarkdownSentences } from '../../src/lib/prose-sentences'

describe('prose sentences', () => {
  it('splits markdown after a sentence, keeping its citation link with it', () => {
    expect(splitMarkdownSentences('A limping gait.[[1-6]](cite:1-6) Radiographs are normal. “Warm” scans.')).toEqual([
      'A limping gait.[[1-6]](cite:1-6)',
      'Radiographs are normal.',
      '“Warm” scans.',
    ])
  })
  it('does not split inside a sentence at a citation without a full stop', () => {
    expect(splitMarkdownSentences('According to some authors,[[5,7]](cite:5,7) TBME differs.')).toEqual([
      'According to some authors,[[5,7]](cite:5,7) TBME differs.',
    ])
  })
  it('splits prose into paragraphs at blank lines', () => {
    expect(paragraphs('One.\n\n  \nTwo.\nstill two.\n')).toEqual(['One.', 'Two.\nstill two.'])
  })
  it('names sentence anchors by section, paragraph and sentence', () => {
    expect(proseSentenceAnchor('introduction', 1, 9)).toBe('introduction-1-9')
  })
})
