import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import { plainText } from '../../src/lib/plain-text'
import { sentenceIndex } from '../../src/lib/sentence-index'
import { addedClaims, quantities } from '../helpers/added-claims'

describe('quantities', () => {
  it('finds numbers, number words, times and units, and ignores figure labels', () => {
    expect(quantities('Pain improved over 4 weeks; CRP 140.50 mg (Figure 5a-c)')).toEqual(['4', 'week', '140.50', 'mg'])
    expect(quantities('A second image, twice a day')).toEqual(['second', 'twice', 'day'])
    expect(quantities('Figure 2 and Figure 3 captions')).toEqual([])
    expect(quantities('Hyperintense signal, suggestive of diffuse edema')).toEqual([])
  })
})

describe('added views say no more than the sentences they cite', () => {
  const index = sentenceIndex(caseReport)
  const claims = addedClaims(caseReport)

  it('covers every kind of added entry', () => {
    const files = new Set(claims.map((c) => c.where.split(':')[0]))
    expect([...files].sort()).toEqual([
      'content/case/follow-up.ts',
      'content/case/imaging.ts',
      'content/case/labs.ts',
      'content/case/management.ts',
      'content/case/presentation.ts',
      'content/differential.ts',
      'content/editor-notes.ts',
      'content/figures.ts',
      'content/key-points.ts',
      'content/teaching.ts',
      'content/timeline.ts',
    ])
  })

  // The drawings' own words (title, description, labels) stay within their figure's caption too.
  const drawings = caseReport.figures.flatMap((f) =>
    (f.panels.length ? f.panels.map((p) => p.id) : [f.id]).map((id) => {
      const svg = readFileSync(`content/figures/${id}.svg`, 'utf8')
      const words = [...svg.matchAll(/<(title|desc|text|tspan)\b[^>]*>([^<]+)</g)].map((m) => m[2])
      return { where: `content/figures/${id}.svg`, text: words.join(' | '), sources: [f.id] }
    }),
  )

  it.each([...claims, ...drawings].map((c) => [c.where, c] as const))('%s', (_, claim) => {
    const cited = claim.sources.map((s) => plainText(index.get(s)?.markdown ?? '')).join(' ')
    const available = new Set(quantities(cited))
    const unsupported = quantities(claim.text).filter((q) => !available.has(q))
    expect(unsupported, `"${claim.text}" cites ${claim.sources.join(', ') || 'nothing'}`).toEqual([])
  })
})
