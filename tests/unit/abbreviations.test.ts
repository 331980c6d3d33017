import { describe, expect, it } from 'vitest'
import { markFirstAbbreviations } from '../../src/lib/abbreviations'

describe('markFirstAbbreviations', () => {
  it('marks only the first use of each term across the blocks of a page', () => {
    expect(markFirstAbbreviations(['The TOH and MRI.', 'More TOH, then MR findings.'], ['TOH', 'MR', 'MRI'])).toEqual([
      'The [TOH](abbr:TOH) and [MRI](abbr:MRI).',
      'More TOH, then [MR](abbr:MR) findings.',
    ])
  })
  it('never touches link targets or words that merely contain a term', () => {
    expect(markFirstAbbreviations(['See [[1]](cite:1) and CTX or PET CT.'], ['CT', 'PET'])).toEqual([
      'See [[1]](cite:1) and CTX or [PET](abbr:PET) [CT](abbr:CT).',
    ])
  })
  it('handles terms with punctuation', () => {
    expect(markFirstAbbreviations(['Sr. Alkaline, s/o edema'], ['Sr.', 's/o'])).toEqual([
      '[Sr.](abbr:Sr.) Alkaline, [s/o](abbr:s/o) edema',
    ])
  })
  it('counts an explicit abbreviation link as the first use', () => {
    expect(markFirstAbbreviations(['[TOH](abbr:TOH) then TOH'], ['TOH'])).toEqual(['[TOH](abbr:TOH) then TOH'])
  })
})
