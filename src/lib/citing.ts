import type { Figure } from '../model/figure'
import type { CaseReport } from '../model/case-report'
import { figureIds, findReferences } from './references'
import { sentenceIndex, type SentenceLocation } from './sentence-index'

/** The sentences that cite a figure or any of its panels, with their anchors. */
export function citingSentences(report: CaseReport, figureId: string): (SentenceLocation & { anchor: string })[] {
  const figure = report.figures.find((f) => f.id === figureId)
  if (!figure) return []
  const ids = new Set([figure.id, ...figure.panels.map((p) => p.id)])
  return [...sentenceIndex(report)]
    .filter(([, s]) =>
      findReferences(s.markdown).some((r) => r.kind === 'fig' && figureIds(r.target).some((id) => ids.has(id))),
    )
    .map(([anchor, s]) => ({ anchor, ...s }))
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
