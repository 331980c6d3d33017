import { readFileSync } from 'node:fs'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import { splitSentences } from '../../src/lib/sentences'
import { restoreSource } from '../../src/lib/source-text'
import { routes, type RouteEntry } from '../../src/lib/routes'
import { checkInOrder } from '../helpers/in-order'
import { renderAt, textOf } from '../helpers/render-route'

// The test derives every sentence from the project's unchanged copy of the source text, applying
// only the repairs the app lists in its provenance note.
const raw = readFileSync(caseReport.sourceFile, 'utf8')
const source = restoreSource(raw, caseReport.repairs, caseReport.sourceHeadings)

function mainText(route: RouteEntry): string {
  renderAt(route.path)
  const text = textOf(screen.getByRole('main'))
  document.body.innerHTML = ''
  return text
}

const texts = new Map<string, string>(routes.map((r) => [r.id, mainText(r)]))
const textFor = (route: RouteEntry) => texts.get(route.id) ?? ''
const sentencesOf = (heading: string) =>
  source.sections.find((s) => s.heading === heading)?.paragraphs.flatMap(splitSentences) ?? []

describe('fidelity to the source text', () => {
  it('the source yields its sections, sentences and five captions', () => {
    expect(source.sections.map((s) => s.heading)).toEqual([...caseReport.sourceHeadings])
    for (const heading of caseReport.sourceHeadings) expect(sentencesOf(heading).length).toBeGreaterThan(0)
    expect(Object.keys(source.captions)).toHaveLength(caseReport.figures.length)
  })

  it('the title page holds every line of the front matter, in order', () => {
    const home = routes.find((r) => r.view.kind === 'title')!
    expect(checkInOrder(source.frontMatter, textFor(home))).toEqual({ missing: [], outOfOrder: [] })
  })

  it.each(routes.filter((r) => r.view.kind === 'prose'))(
    '$path holds every sentence of its section, in order',
    (route) => {
      const section = route.view.kind === 'prose' ? caseReport[route.view.section] : null
      const sentences = sentencesOf(section!.sourceHeading)
      expect(textFor(route).toLowerCase()).toContain(section!.sourceHeading.toLowerCase())
      expect(checkInOrder(sentences, textFor(route))).toEqual({ missing: [], outOfOrder: [] })
    },
  )

  it('every sentence of the Case Report stands on a case page, in order on each page', () => {
    const caseRoutes = routes.filter((r) => r.view.kind === 'case-part')
    const sentences = sentencesOf(caseReport.case.sourceHeading)
    const unplaced = sentences.filter((s) => !caseRoutes.some((r) => textFor(r).includes(s)))
    expect(unplaced).toEqual([])
    for (const route of caseRoutes) {
      const here = sentences.filter((s) => textFor(route).includes(s))
      expect(here.length, route.path).toBeGreaterThan(0)
      expect(checkInOrder(here, textFor(route)), route.path).toEqual({ missing: [], outOfOrder: [] })
    }
  })

  it('the whole-article page holds every line and sentence of the source in the published order', () => {
    const full = routes.find((r) => r.view.kind === 'full')!
    const all = [
      ...source.frontMatter,
      ...caseReport.sourceHeadings.flatMap(sentencesOf),
      ...caseReport.figures.map((f) => source.captions[f.id]),
    ]
    expect(all.length).toBeGreaterThan(80)
    expect(checkInOrder(all, textFor(full))).toEqual({ missing: [], outOfOrder: [] })
  })

  it('every figure caption stands word for word on the page that shows the figure', () => {
    for (const figure of caseReport.figures) {
      const route = routes.find((r) => r.view.kind === 'case-part' && r.view.part === figure.part)!
      expect(textFor(route)).toContain(source.captions[figure.id])
    }
  })
})
