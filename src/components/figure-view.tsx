import type { Figure } from '../model/figure'
import { InlineProse } from '../markdown/prose'
import { usePageText } from './page-text'

/** A figure: its image or a labelled placeholder with one box per panel, and its verbatim caption. */
export function FigureView({ figure }: { figure: Figure }) {
  const { markdown } = usePageText()
  const panels = figure.panels.length ? figure.panels : [{ id: `${figure.id}-image`, letter: '' }]
  return (
    <figure id={figure.id} className="figure" tabIndex={-1}>
      {figure.image ? (
        <img src={figure.image.src} alt={figure.image.alt} />
      ) : (
        <div className="figure-placeholder">
          <p className="placeholder-label">
            <strong>Placeholder.</strong> The image is not included in the source text of this edition.
          </p>
          <div className="panels">
            {panels.map((panel) => (
              <div key={panel.id} id={figure.panels.length ? panel.id : undefined} className="panel" tabIndex={-1}>
                {panel.letter && <span className="panel-letter">{panel.letter}</span>}
              </div>
            ))}
          </div>
        </div>
      )}
      <figcaption>
        <strong>{figure.label}:</strong> <InlineProse markdown={markdown(`caption:${figure.id}`, figure.caption)} />
      </figcaption>
    </figure>
  )
}
