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
