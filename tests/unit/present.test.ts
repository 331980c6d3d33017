import { describe, expect, it } from 'vitest'
import { caseReport as report } from '../../content/case-report'
import { presentation, presentHref } from '../../src/lib/present'

const sentencesOf = (p: ReturnType<typeof presentation>) =>
  p!.screens.flatMap((s) => (s.kind === 'text' ? s.sentences : []))

describe('present this', () => {
  it('presents a figure, or one panel, on one screen', () => {
    expect(presentation(report, '/case/imaging', 'figure-3')).toEqual({
      title: 'Figure 3',
      screens: [{ kind: 'figure', figure: 'figure-3' }],
    })
    expect(presentation(report, '/case/imaging', 'figure-3b')?.screens).toEqual([
      { kind: 'figure', figure: 'figure-3', panel: 'figure-3b' },
    ])
  })

  it('presents a table row as the authors’ sentences it cites', () => {
    const crp = report.case.labs.find((l) => l.id === 'crp')!
    const shown = presentation(report, '/case/labs', 'crp')
    expect(shown?.title).toBe(crp.name)
    expect(sentencesOf(shown)).toEqual([...new Set(crp.sources)])
  })

  it('presents a part of the case as its paragraphs whole, so every "hence" keeps its reason', () => {
    const shown = sentencesOf(presentation(report, '/case/imaging'))
    expect(shown.indexOf('s-crp')).toBeLessThan(shown.indexOf('s-pet-decision'))
    expect(shown).toContain('s-anti-inflammatory-trial')
  })

  it('has nothing to present for a place that names nothing', () => {
    expect(presentation(report, '/nowhere')).toBeNull()
    expect(presentation(report, '/case/labs', 'no-such-id')).toBeNull()
    expect(presentation(report, '/glossary')).toBeNull()
  })

  it('has an address for each place', () => {
    expect(presentHref('/case/labs', 'crp')).toBe('/present?path=%2Fcase%2Flabs&id=crp')
    expect(presentHref('/case/imaging', undefined, 3)).toBe('/present?path=%2Fcase%2Fimaging&screen=3')
  })
})
