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

  it('refuses what content may not hold: a link whose target is unsafe, an image', () => {
    expect(() => compileInline('[x](javascript:alert(1))')).toThrow('a link without a safe target: x')
    expect(() => compileInline('![scan](scan.png)')).toThrow('markdown makes <img>')
  })

  it('keeps highlighted and struck-through text', () => {
    expect(compileInline('==key== ~~old~~')).toEqual([['mark', null, 'key'], ' ', ['del', null, 'old']])
  })
})
