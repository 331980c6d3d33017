import type { CaseHeading, CaseParagraph } from '../model/case'
import type { Figure } from '../model/figure'
import type { PartParagraph } from './part-view'
import { figureIds, findReferences } from './references'

/** One block of the case as one page tells it, top to bottom. */
export type ReadingBlock =
  | { kind: 'heading'; heading: CaseHeading }
  | { kind: 'paragraph'; paragraph: PartParagraph }
  | {
      /** A figure, set after the stretch of text that first cites it. */
      kind: 'figure'
      figureId: string
    }

/**
 * The whole narrative in the authors' order with the edition's headings set before the sentences they
 * start (splitting a paragraph there) and each figure after the stretch of text that first cites it.
 * `cites` gives the figures a sentence cites, by sentence id.
 */
export function caseReading(
  narrative: readonly CaseParagraph[],
  headings: readonly CaseHeading[],
  cites: (sentenceId: string) => readonly string[],
): ReadingBlock[] {
  const headingAt = new Map(headings.map((h) => [h.startsAt, h]))
  const placed = new Set<string>()
  const blocks: ReadingBlock[] = []
  for (const p of narrative) {
    let stretch: PartParagraph | null = null
    let figures: string[] = []
    const close = () => {
      if (stretch) blocks.push({ kind: 'paragraph', paragraph: stretch })
      for (const figureId of figures) blocks.push({ kind: 'figure', figureId })
      stretch = null
      figures = []
    }
    for (const sentence of p.sentences) {
      const heading = headingAt.get(sentence.id)
      if (heading) {
        close()
        blocks.push({ kind: 'heading', heading })
      }
      stretch ??= {
        id: p.id,
        continues: blocks.some((b) => b.kind === 'paragraph' && b.paragraph.id === p.id),
        sentences: [],
      }
      stretch.sentences.push({ sentence, own: true })
      for (const figureId of cites(sentence.id))
        if (!placed.has(figureId)) {
          placed.add(figureId)
          figures.push(figureId)
        }
    }
    close()
  }
  return blocks
}

/** The figures a piece of markdown cites, by figure id (a panel counts as its figure), in order, once each. */
export function figuresCited(figures: readonly Figure[], markdown: string): string[] {
  const cited = findReferences(markdown)
    .filter((r) => r.kind === 'fig')
    .flatMap((r) => figureIds(r.target))
    .map((id) => figures.find((f) => f.id === id || f.panels.some((p) => p.id === id))?.id)
    .filter((id): id is string => id !== undefined)
  return [...new Set(cited)]
}
