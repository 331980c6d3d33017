import type { CaseReport } from '../model/case-report'
import { citationNumbers, figureIds, findReferences } from './references'
import { searchableUnits, type SearchableUnit } from './searchable-units'
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

const citersCache = new WeakMap<CaseReport, ReadonlyMap<number, SearchableUnit[]>>()

/** For each reference number, the sentences that cite it (alone, in a list or in a range), in reading order. */
export function referenceCiters(report: CaseReport): ReadonlyMap<number, SearchableUnit[]> {
  const cached = citersCache.get(report)
  if (cached) return cached
  const index = sentenceIndex(report)
  const citers = new Map<number, SearchableUnit[]>()
  for (const unit of searchableUnits(report)) {
    const cited = new Set(
      findReferences(index.get(unit.id)?.markdown ?? '').flatMap((r) =>
        r.kind === 'cite' ? (citationNumbers(r.target) ?? []) : [],
      ),
    )
    for (const n of cited) citers.set(n, [...(citers.get(n) ?? []), unit])
  }
  citersCache.set(report, citers)
  return citers
}
