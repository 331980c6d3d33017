import { describe, expect, it } from 'vitest'
import type { Repair } from '../../src/model/provenance'
import { repairCharacters, restoreSource } from '../../src/lib/source-text'

const headings = ['ABSTRACT', 'Discussion']

const raw = [
  'Title of it',
  'Author One',
  '',
  'ABSTRACT',
  'First\u2011line of the  abstract and',
  '',
  'Figure 1: (a and b) A caption',
  'that wraps',
  '',
  'a',
  ' the rest of the sentence.',
  'Discussion',
  'A discussion paragraph.',
  '',
  'moved start of the text.',
  '',
  'Second moved paragraph.',
  ' Figure 2: Another caption',
].join('\n')

const repairs: Repair[] = [
  { kind: 'character', from: '\u2011', to: '-', note: '' },
  { kind: 'caption', figure: 'figure-1', startsWith: 'Figure 1:', note: '' },
  { kind: 'caption', figure: 'figure-2', startsWith: 'Figure 2:', note: '' },
  { kind: 'stray-letters', letters: ['a'], note: '' },
  {
    kind: 'move',
    firstStartsWith: 'moved start',
    lastStartsWith: 'Second moved',
    afterEndsWith: 'the rest of the sentence.',
    note: '',
  },
  { kind: 'join', endsWith: 'abstract and', note: '' },
]

describe('restoreSource', () => {
  it('rebuilds reading order: captions out, stray letters dropped, paragraphs moved and joined', () => {
    expect(restoreSource(raw, repairs, headings)).toEqual({
      frontMatter: ['Title of it', 'Author One'],
      sections: [
        {
          heading: 'ABSTRACT',
          paragraphs: [
            'First-line of the abstract and the rest of the sentence.',
            'moved start of the text.',
            'Second moved paragraph.',
          ],
        },
        { heading: 'Discussion', paragraphs: ['A discussion paragraph.'] },
      ],
      captions: { 'figure-1': 'Figure 1: (a and b) A caption that wraps', 'figure-2': 'Figure 2: Another caption' },
    })
  })

  it('fails loudly when a listed repair no longer matches the text', () => {
    const stale: Repair[] = [...repairs, { kind: 'join', endsWith: 'no such ending', note: '' }]
    expect(() => restoreSource(raw, stale, headings)).toThrow('no paragraph ends with "no such ending"')
  })

  it('fails when the stray letters found differ from those listed', () => {
    const wrong = repairs.map((r) => (r.kind === 'stray-letters' ? { ...r, letters: ['b'] } : r))
    expect(() => restoreSource(raw, wrong, headings)).toThrow('stray letters a differ from b')
  })

  it('fails when a caption is found that no repair lists', () => {
    const fewer = repairs.filter((r) => !(r.kind === 'caption' && r.figure === 'figure-2'))
    expect(() => restoreSource(raw, fewer, headings)).toThrow('found 2 captions, 1 listed')
  })
})

describe('repairCharacters', () => {
  it('replaces only the characters listed', () => {
    expect(repairCharacters('a\u2011b\u2013c', [{ kind: 'character', from: '\u2011', to: '-', note: '' }])).toBe(
      'a-b\u2013c',
    )
  })
})
