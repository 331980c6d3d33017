import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import { routes, type RouteEntry } from '../../src/lib/routes'
import { checkInOrder } from '../helpers/in-order'
import { renderAt, textOf } from '../helpers/render-route'
import { allUnits, sentencesOf, source, unitsFor } from '../helpers/source-units'

function mainText(route: RouteEntry): string {
  renderAt(route.path)
  const text = textOf(screen.getByRole('main'))
  document.body.innerHTML = ''
  return text
}

const texts = new Map<string, string>(routes.map((r) => [r.id, mainText(r)]))
const textFor = (route: RouteEntry) => texts.get(route.id) ?? ''
const byKind = (kind: RouteEntry['view']['kind']) => routes.filter((r) => r.view.kind === kind)

describe('fidelity to the source text', () => {
  it('the source yields its sections, sentences and five captions', () => {
    expect(source.sections.map((s) => s.heading)).toEqual([...caseReport.sourceHeadings])
    for (const heading of caseReport.sourceHeadings) expect(sentencesOf(heading).length).toBeGreaterThan(0)
    expect(Object.keys(source.captions)).toHaveLength(caseReport.figures.length)
  })

  it.each([...byKind('title'), ...byKind('prose')])(
    '$path holds every line or sentence of its section, in order',
    (route) => {
      const units = unitsFor(route)
      expect(units.length).toBeGreaterThan(0)
      expect(checkInOrder(units, textFor(route))).toEqual({ missing: [], outOfOrder: [] })
    },
  )

  it('prose pages carry their section heading', () => {
    for (const route of byKind('prose')) {
      const section = route.view.kind === 'prose' ? caseReport[route.view.section] : null
      expect(textFor(route).toLowerCase()).toContain(section!.sourceHeading.toLowerCase())
    }
  })

  it('every sentence of the Case Report stands on a case page, in order on each page', () => {
    const sentences = sentencesOf(caseReport.case.sourceHeading)
    const unplaced = sentences.filter((s) => !byKind('case-part').some((r) => textFor(r).includes(s)))
    expect(unplaced).toEqual([])
    for (const route of byKind('case-part')) {
      const units = unitsFor(route, textFor(route))
      expect(units.length, route.path).toBeGreaterThan(0)
      expect(checkInOrder(units, textFor(route)), route.path).toEqual({ missing: [], outOfOrder: [] })
    }
  })

  it('the case page holds the whole Case Report in the authors’ order, with every figure caption', () => {
    const [casePage] = byKind('case-overview')
    const sentences = sentencesOf(caseReport.case.sourceHeading)
    expect(sentences.length).toBeGreaterThan(20)
    expect(checkInOrder(sentences, textFor(casePage))).toEqual({ missing: [], outOfOrder: [] })
    for (const figure of caseReport.figures) expect(textFor(casePage)).toContain(source.captions[figure.id])
  })

  it('no page interrupts the text with notes of where its sentences went', () => {
    for (const route of routes) expect(textFor(route), route.path).not.toMatch(/\((In between|Earlier in|Later in)/)
  })

  it('a case page that shows a “hence” shows the sentence before it first, and a part keeps its paragraphs whole', () => {
    const sentences = sentencesOf(caseReport.case.sourceHeading)
    const checked: string[] = []
    for (const route of byKind('case-part')) {
      const text = textFor(route)
      sentences.forEach((sentence, i) => {
        if (!/\bhence\b/i.test(sentence) || !text.includes(sentence)) return
        checked.push(`${route.path}: ${sentence.slice(0, 20)}`)
        expect(checkInOrder([sentences[i - 1], sentence], text), route.path).toEqual({ missing: [], outOfOrder: [] })
      })
    }
    // Every "hence" of the case is on some part page, with its reason.
    expect(checked.length).toBeGreaterThanOrEqual(sentences.filter((s) => /\bhence\b/i.test(s)).length)
  })

  it('the whole-article page holds every line, sentence and caption of the source in the published order', () => {
    const [full] = byKind('full')
    expect(allUnits().length).toBeGreaterThan(80)
    expect(checkInOrder(unitsFor(full), textFor(full))).toEqual({ missing: [], outOfOrder: [] })
  })

  it('every figure caption stands word for word on the page that shows the figure', () => {
    for (const figure of caseReport.figures) {
      const route = routes.find((r) => r.view.kind === 'case-part' && r.view.part === figure.part)!
      expect(textFor(route)).toContain(source.captions[figure.id])
    }
  })
})
