import type { CaseReport } from '../model/case-report'
import type { ProseSection } from '../model/prose'
import { paths, sentenceAnchor } from './paths'
import { paragraphs, proseSentenceAnchor, splitMarkdownSentences } from './prose-sentences'

/** Where a sentence of the article stands. */
export interface SentenceLocation {
  /** Path of the page that shows it. */
  path: string
  /** The sentence as written (markdown). */
  markdown: string
}

/** The sentences of a prose section with their anchors, paragraph by paragraph. */
export function proseSentences(section: ProseSection): { anchor: string; markdown: string }[][] {
  return paragraphs(section.markdown).map((p, i) =>
    splitMarkdownSentences(p).map((markdown, j) => ({
      anchor: proseSentenceAnchor(section.id, i + 1, j + 1),
      markdown,
    })),
  )
}

const cache = new WeakMap<CaseReport, Map<string, SentenceLocation>>()

/** Every sentence of the article by its anchor id: case `s-<id>`, prose `<section>-<p>-<s>`, caption `figure-<n>`. */
export function sentenceIndex(report: CaseReport): ReadonlyMap<string, SentenceLocation> {
  const cached = cache.get(report)
  if (cached) return cached
  const index = new Map<string, SentenceLocation>()
  cache.set(report, index)
  for (const key of ['abstract', 'introduction', 'discussion'] as const)
    for (const p of proseSentences(report[key]))
      for (const s of p) index.set(s.anchor, { path: paths[key], markdown: s.markdown })
  for (const p of report.case.narrative)
    for (const s of p.sentences) index.set(sentenceAnchor(s.id), { path: paths.part(s.part), markdown: s.markdown })
  // Captions are source text too: an added entry may trace to one (by the figure's id).
  for (const f of report.figures) index.set(f.id, { path: paths.part(f.part), markdown: f.caption })
  return index
}
