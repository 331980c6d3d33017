import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/lib/sentences'

describe('splitSentences', () => {
  it('splits after a full stop, keeping a trailing citation with its sentence', () => {
    expect(splitSentences('Pain came on with a limping gait.[1-6] Radiographs of the hip are normal.')).toEqual([
      'Pain came on with a limping gait.[1-6]',
      'Radiographs of the hip are normal.',
    ])
  })
  it('joins a short piece cut by an abbreviation to the next piece', () => {
    expect(splitSentences('Dr. Mahesh wrote this. The second sentence is here.')).toEqual([
      'Dr. Mahesh wrote this.',
      'The second sentence is here.',
    ])
  })
  it('collapses white space and line breaks', () => {
    expect(splitSentences('  A sentence  that\nwraps over lines. ')).toEqual(['A sentence that wraps over lines.'])
  })
})
