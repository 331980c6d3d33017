import { describe, expect, it } from 'vitest'
import { compileInline } from '../../src/build/compile-markdown'

describe('markdown compiled at build time by markdown-to-jsx', () => {
  it('turns inline markdown into text and elements, references kept as links with their scheme', () => {
    expect(compileInline('The [TOH](abbr:TOH) was *transient* [[1]](cite:1).')).toEqual([
      'The ',
      ['a', { href: 'abbr:TOH' }, 'TOH'],
      ' was ',
      ['em', null, 'transient'],
      ' ',
      ['a', { href: 'cite:1' }, '[1]'],
      '.',
    ])
  })

  it('keeps plain text as one string, and raw HTML as text', () => {
    expect(compileInline('Plain text, 140.50.')).toEqual(['Plain text, 140.50.'])
    expect(compileInline('a <b onclick="x">b</b>')).toEqual(['a <b onclick="x">b</b>'])
  })

  it('drops a javascript: link target', () => {
    expect(compileInline('[x](javascript:alert(1))')).toEqual([['a', null, 'x']])
  })
})
