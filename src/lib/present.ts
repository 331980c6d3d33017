import type { CaseReport } from '../model/case-report'
import { paths } from './paths'
import { addressAt } from './routes'
import { proseSentences, sentenceIndex } from './sentence-index'
import { chunk, screenCharacters } from './screens'

/** One screen of "present this": a figure (or one panel), or some of the authors' sentences under a heading. */
export type PresentScreen =
  { kind: 'figure'; figure: string; panel?: string } | { kind: 'text'; sentences: readonly string[] }

/** What a place of the edition shows when presented: its name and its screens. */
export interface Presentation {
  /** What is presented, as the contents or a link menu names it. */
  title: string
  /** Its screens, in order. */
  screens: PresentScreen[]
}

function textScreens(report: CaseReport, anchors: readonly string[]): PresentScreen[] {
  const index = sentenceIndex(report)
  return chunk(
    anchors.filter((a) => index.has(a)),
    (a) => index.get(a)!.markdown.length,
    screenCharacters,
  ).map((sentences) => ({ kind: 'text', sentences }))
}

/**
 * The screens that present a place: a figure or panel; a sentence; a structured entry (a table row, a
 * timeline event, a differential) as the authors' sentences it cites; a page of the case as its sentences.
 * Null for a place with nothing to present.
 */
export function presentation(report: CaseReport, path: string, id = ''): Presentation | null {
  for (const f of report.figures) {
    if (f.id === id) return { title: f.label, screens: [{ kind: 'figure', figure: f.id }] }
    const panel = f.panels.find((p) => p.id === id)
    if (panel)
      return {
        title: `${f.label}, panel ${panel.letter}`,
        screens: [{ kind: 'figure', figure: f.id, panel: panel.id }],
      }
  }
  if (id) {
    const entry = [
      ...report.case.imaging.map((s) => ({ ...s, title: `${s.modality}, ${s.view}` })),
      ...report.case.labs.map((l) => ({ ...l, title: l.name })),
      ...report.case.followUp.map((p) => ({ ...p, title: p.when })),
      ...report.timeline.map((e) => ({ ...e, id: `event-${e.id}`, title: e.label })),
      ...report.differential.map((d) => ({
        id: `differential-${d.id}`,
        title: d.name,
        sources: [...d.points, ...d.inThisCase].flatMap((p) => p.sources),
      })),
    ].find((e) => e.id === id)
    if (entry) return { title: entry.title, screens: textScreens(report, [...new Set(entry.sources)]) }
    if (sentenceIndex(report).has(id))
      return { title: addressAt(report, path)?.label ?? '', screens: textScreens(report, [id]) }
    return null
  }
  const address = addressAt(report, path)
  const view = address?.route.view
  if (!address || !view) return null
  // A part of the case is presented as its paragraphs whole, so that every "hence" keeps its reason.
  if (view.kind === 'case-part' || view.kind === 'case-overview')
    return {
      title: address.label,
      screens: textScreens(
        report,
        report.case.narrative
          .filter((p) => p.sentences.some((s) => view.kind === 'case-overview' || s.part === view.part))
          .flatMap((p) => p.sentences.map((s) => `s-${s.id}`)),
      ),
    }
  if (view.kind === 'prose')
    return {
      title: address.label,
      screens: textScreens(
        report,
        proseSentences(report[view.section])
          .flat()
          .map((s) => s.anchor),
      ),
    }
  return null
}

/** The address of "present this" for a place: a page, or an element on it by id. */
export function presentHref(path: string, id?: string, screen = 1): string {
  const query = new URLSearchParams({ path, ...(id ? { id } : {}), ...(screen > 1 ? { screen: String(screen) } : {}) })
  return `${paths.present}?${query}`
}
