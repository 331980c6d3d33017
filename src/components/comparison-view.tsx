import type { Comparison, Figure } from '../model/figure'
import { NoteBlocks } from './editor-note'
import { FigureImageView } from './figure-view'

/** Panels side by side, each labelled, so a change between them is seen at a glance. */
export function ComparisonView({ comparison, figures }: { comparison: Comparison; figures: readonly Figure[] }) {
  const panels = figures.flatMap((f) => f.panels)
  return (
    <section id={comparison.id} aria-labelledby={`${comparison.id}-heading`} className="comparison" tabIndex={-1}>
      <h3 id={`${comparison.id}-heading`}>{comparison.heading}</h3>
      <div className="comparison-panels">
        {comparison.panels.map(({ panel, label }) => (
          <figure key={panel}>
            <figcaption>{label}</figcaption>
            <FigureImageView image={panels.find((p) => p.id === panel)?.image ?? null} />
          </figure>
        ))}
      </div>
      <p>{comparison.note}</p>
      <NoteBlocks place={comparison.id} targets={[comparison.id]} />
    </section>
  )
}
