import type { CaseReport } from '../model/case-report'
import type { Comparison } from '../model/figure'
import { caseReading, figuresCited } from '../lib/case-reading'
import { Added } from './added-note'
import { NarrativeParagraph } from './case-narrative'
import { ComparisonView } from './comparison-view'
import { FigureView } from './figure-view'

/**
 * The whole case narrative told once, top to bottom: the authors' sentences in their order, the
 * edition's headings where the story moves to a part, and every figure after the text that first
 * cites it (a comparison after the last figure it draws on).
 */
export function CaseReading({ report }: { report: Pick<CaseReport, 'case' | 'figures' | 'comparisons'> }) {
  const { narrative, headings } = report.case
  const byId = new Map(narrative.flatMap((p) => p.sentences).map((s) => [s.id, s.markdown]))
  const blocks = caseReading(narrative, headings, (id) => figuresCited(report.figures, byId.get(id) ?? ''))
  const panelsShown = new Set<string>()
  const placed = new Set<string>()
  const comparisonsNowWhole = (): Comparison[] => {
    const ready = report.comparisons.filter(
      (c) => !placed.has(c.id) && c.panels.every(({ panel }) => panelsShown.has(panel)),
    )
    for (const c of ready) placed.add(c.id)
    return ready
  }
  return (
    <div className="narrative case-reading">
      {blocks.map((block) => {
        if (block.kind === 'heading') {
          const { id, text, level } = block.heading
          const Tag = level === 2 ? 'h2' : 'h3'
          return (
            <Tag key={id} id={id} className="reading-heading">
              {text}
            </Tag>
          )
        }
        if (block.kind === 'paragraph') {
          const first = block.paragraph.sentences[0].sentence.id
          return <NarrativeParagraph key={`${block.paragraph.id}-${first}`} paragraph={block.paragraph} />
        }
        const figure = report.figures.find((f) => f.id === block.figureId)
        if (!figure) return null
        for (const p of figure.panels) panelsShown.add(p.id)
        return (
          <div key={figure.id} className="reading-figure">
            <FigureView figure={figure} />
            {comparisonsNowWhole().map((c) => (
              <Added
                key={c.id}
                heading="Before and after"
                id={`${c.id}-added`}
                explainer="The schematics of the figures above, set side by side; the note is in the captions’ words."
              >
                <ComparisonView comparison={c} figures={report.figures} />
              </Added>
            ))}
          </div>
        )
      })}
    </div>
  )
}
