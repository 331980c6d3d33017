import { Link } from 'react-router-dom'
import { FigureImageView } from '../components/figure-view'
import { paths } from '../lib/paths'
import { plainText } from '../lib/plain-text'
import type { SectionProps } from './section-props'

/** All figures, each opening full screen; panels listed to open one at a time. */
export function FiguresList({ report }: SectionProps) {
  return (
    <article aria-labelledby="figures-heading">
      <h1 id="figures-heading">Figures</h1>
      <p>
        Open a figure to show it filling the screen, for teaching. In the figure view, the arrow keys move between
        panels and figures, and Escape returns to the sentence that cites the figure.
      </p>
      <ol className="figure-cards">
        {report.figures.map((f) => (
          <li key={f.id} id={`card-${f.id}`}>
            <Link to={`${paths.figures}/${f.number}`} className="figure-card-link">
              <FigureImageView image={f.panels[0]?.image ?? f.image} />
              <strong>{f.label}</strong>
            </Link>
            <p>{plainText(f.caption)}</p>
            {f.panels.length > 0 && (
              <p className="panel-links">
                Panels:{' '}
                {f.panels.map((p, i) => (
                  <span key={p.id}>
                    {i > 0 && ' '}
                    <Link
                      to={`${paths.figures}/${f.number}${p.letter}`}
                      aria-label={`${f.label}${p.letter}, ${p.shows}`}
                    >
                      {f.number}
                      {p.letter}
                    </Link>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>
    </article>
  )
}
