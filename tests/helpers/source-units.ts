import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { caseReport } from '../../content/case-report'
import { splitSentences } from '../../src/lib/sentences'
import { restoreSource } from '../../src/lib/source-text'
import type { RouteEntry } from '../../src/lib/routes'

// Every expected sentence is derived from the project's unchanged copy of the source text, applying
// only the repairs the app lists in its provenance note: there is no second copy of the article here.
const raw = readFileSync(resolve(__dirname, '../..', caseReport.sourceFile), 'utf8')

/** The source in the authors' reading order. */
export const source = restoreSource(raw, caseReport.repairs, caseReport.sourceHeadings)

/** The sentences of a section of the source, by its printed heading. */
export function sentencesOf(heading: string): string[] {
  return source.sections.find((s) => s.heading === heading)?.paragraphs.flatMap(splitSentences) ?? []
}

/** Every unit of the source in published order: front matter lines, sentences, then captions. */
export function allUnits(): string[] {
  return [
    ...source.frontMatter,
    ...caseReport.sourceHeadings.flatMap(sentencesOf),
    ...caseReport.figures.map((f) => source.captions[f.id]),
  ]
}

/** The units of the source a route must show, in order (for a case page: its own sentences come from the page). */
export function unitsFor(route: RouteEntry, pageText?: string): string[] {
  const view = route.view
  switch (view.kind) {
    case 'title':
      return source.frontMatter
    case 'prose':
      return sentencesOf(caseReport[view.section].sourceHeading)
    case 'case-part':
      return [
        ...sentencesOf(caseReport.case.sourceHeading).filter((s) => pageText === undefined || pageText.includes(s)),
        ...caseReport.figures.filter((f) => f.part === view.part).map((f) => source.captions[f.id]),
      ]
    case 'full':
      return allUnits()
    default:
      return []
  }
}
