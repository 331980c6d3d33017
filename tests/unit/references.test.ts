import { describe, expect, it } from 'vitest'
import { citationNumbers, figureIds, findReferences, parseReferenceHref } from '../../src/lib/references'

describe('inline references', () => {
  it('finds citations, figure references and abbreviations in order', () => {
    expect(
      findReferences('A[[1-6]](cite:1-6) \\[[Figure 1a](fig:figure-1a)\\] [TOH](abbr:TOH) [x](https://e.org)'),
    ).toEqual([
      { kind: 'cite', target: '1-6' },
      { kind: 'fig', target: 'figure-1a' },
      { kind: 'abbr', target: 'TOH' },
    ])
  })
  it('parses hrefs by scheme and leaves other links alone', () => {
    expect(parseReferenceHref('fig:figure-2a,figure-2b')).toEqual({ kind: 'fig', target: 'figure-2a,figure-2b' })
    expect(parseReferenceHref('https://doi.org/x')).toBeNull()
  })
  it('expands citation ranges and lists', () => {
    expect(citationNumbers('1,3-7')).toEqual([1, 3, 4, 5, 6, 7])
    expect(citationNumbers('12')).toEqual([12])
    expect(citationNumbers('1,2,5,9,10')).toEqual([1, 2, 5, 9, 10])
  })
  it('rejects malformed citations', () => {
    expect(citationNumbers('7-3')).toBeNull()
    expect(citationNumbers('a')).toBeNull()
    expect(citationNumbers('')).toBeNull()
  })
  it('splits figure targets', () => {
    expect(figureIds('figure-5a,figure-5b, figure-5c')).toEqual(['figure-5a', 'figure-5b', 'figure-5c'])
  })
})
