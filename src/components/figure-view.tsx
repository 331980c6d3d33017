import type { Figure, FigureImage, FigurePanel } from '../model/figure'
import { Link } from 'react-router-dom'
import { paths } from '../lib/paths'
import { CompiledProse } from '../markdown/compiled'
import { NoteBlocks } from './editor-note'
import { LinkTools } from './link-tools'
import { usePageText } from './page-text'

/** An image of a figure or panel, or a labelled placeholder where there is none. */
export function FigureImageView({ image, eager = false }: { image: FigureImage | null; eager?: boolean }) {
  if (!image)
    return (
      <div className="figure-placeholder">
        <strong>Placeholder.</strong> The image is not included in the source text of this edition.
      </div>
    )
  return (
    <img src={image.src} alt={image.alt} width={400} height={300} loading={eager ? 'eager' : 'lazy'} decoding="async" />
  )
}

/**
 * The images of some panels of a figure, each with its letter; the figure's own image when it has no
 * panels. `anchored` gives each panel its id, so links can land on it.
 */
export function FigurePanels({
  figure,
  panels,
  panelClass,
  anchored = false,
  eager = false,
}: {
  figure: Figure
  panels: readonly FigurePanel[]
  panelClass: string
  anchored?: boolean
  /** Load the images at once (a page for printing), not as they scroll into view. */
  eager?: boolean
}) {
  if (panels.length === 0)
    return (
      <div className={panelClass}>
        <FigureImageView image={figure.image} eager={eager} />
      </div>
    )
  return panels.map((panel) => (
    <div
      key={panel.id}
      id={anchored ? panel.id : undefined}
      className={panelClass}
      tabIndex={anchored ? -1 : undefined}
    >
      <FigureImageView image={panel.image} eager={eager} />
      <span className="panel-letter" aria-hidden="true">
        {panel.letter}
      </span>
    </div>
  ))
}

/** A figure: its panels (or image), a schematic label, a longer description and its verbatim caption. */
export function FigureView({ figure }: { figure: Figure }) {
  const text = usePageText()
  const images = figure.panels.length ? figure.panels.map((p) => p.image) : [figure.image]
  return (
    <figure id={figure.id} className="figure" tabIndex={-1}>
      <div className={`panels panels-${Math.max(figure.panels.length, 1)}`}>
        <FigurePanels figure={figure} panels={figure.panels} panelClass="panel" anchored />
      </div>
      {images.some((i) => i?.schematic) && (
        <p className="schematic-label">
          Schematic illustration drawn for this edition from the caption, not the patient’s image.
        </p>
      )}
      <details className="figure-description">
        <summary>Description of the {images.some((i) => i?.schematic) ? 'drawing' : 'image'}</summary>
        <p>{figure.description}</p>
      </details>
      <div className="figure-tools">
        <Link to={`${paths.figures}/${figure.number}`}>Open {figure.label} in the figure viewer</Link>
        <LinkTools target={{ path: paths.part(figure.part), id: figure.id }} label={figure.label} />
      </div>
      <figcaption>
        <strong>{figure.label}:</strong> <CompiledProse nodes={text.inline(`caption:${figure.id}`)} />
        <NoteBlocks place={figure.id} targets={[figure.id]} />
      </figcaption>
    </figure>
  )
}
