import type { CaseReport } from '../model/case-report'
import { noteAnchor } from './editor-notes'
import { paths, sentenceAnchor } from './paths'
import { plainText } from './plain-text'
import { proseSentences } from './sentence-index'
import { partRoute, routes } from './routes'

/** One piece of the article that search finds and links to. */
export interface SearchableUnit {
  /** Element id the unit can be linked to on its page (`introduction-1-11`, `s-crp`, `figure-3`). */
  id: string
  /** What kind of text it is, as the results name it. */
  kind: 'sentence' | 'caption' | 'editor’s note'
  /** Path of the page that shows it. */
  path: string
  /** Label of that page, e.g. "Imaging". */
  page: string
  /** Where on the page it stands, e.g. "Paragraph 2" or "Figure 3 caption". */
  section: string
  /** The text the reader sees there (plain text, link syntax removed). */
  text: string
}

/** Makes the units of one kind of content, in article order. */
export type UnitProducer = (report: CaseReport) => SearchableUnit[]

const pageLabel = (path: string) => routes.find((r) => r.path === path)?.label ?? path

const prose =
  (key: 'abstract' | 'introduction' | 'discussion'): UnitProducer =>
  (report) =>
    proseSentences(report[key]).flatMap((paragraph, i) =>
      paragraph.map((s) => ({
        id: s.anchor,
        kind: 'sentence' as const,
        path: paths[key],
        page: pageLabel(paths[key]),
        section: `Paragraph ${i + 1}`,
        text: plainText(s.markdown),
      })),
    )

const caseSentences: UnitProducer = (report) =>
  report.case.narrative.flatMap((paragraph, i) =>
    paragraph.sentences.map((s) => ({
      id: sentenceAnchor(s.id),
      kind: 'sentence' as const,
      path: paths.part(s.part),
      page: partRoute(s.part).label,
      section: `${report.case.heading}, paragraph ${i + 1}`,
      text: plainText(s.markdown),
    })),
  )

const captions: UnitProducer = (report) =>
  report.figures.map((f) => ({
    id: f.id,
    kind: 'caption' as const,
    path: paths.part(f.part),
    page: partRoute(f.part).label,
    section: `${f.label} caption`,
    text: `${f.label}: ${plainText(f.caption)}`,
  }))

const editorNotes: UnitProducer = (report) =>
  report.notes.map((n) => ({
    id: noteAnchor(n.id),
    kind: 'editor’s note' as const,
    path: paths.about,
    page: pageLabel(paths.about),
    section: 'Editor’s notes',
    text: `Editor’s note: ${n.title}. ${n.text}`,
  }))

/**
 * What search indexes, in the authors' reading order, then this edition's notes: one producer per
 * kind of content; the index, the results and the tests take it from this list.
 */
export const unitProducers: readonly UnitProducer[] = [
  prose('abstract'),
  prose('introduction'),
  caseSentences,
  captions,
  prose('discussion'),
  editorNotes,
]

/** Every searchable unit of the article, in reading order. */
export function searchableUnits(report: CaseReport): SearchableUnit[] {
  return unitProducers.flatMap((produce) => produce(report))
}
