import { useRef } from 'react'
import { Link, useNavigate, useParams } from 'react-router-dom'
import { FigurePanels } from '../components/figure-view'
import { citingSentences } from '../lib/citing'
import { adjacentStops, findFigureStop, type FigureStop } from '../lib/figure-slugs'
import { paths } from '../lib/paths'
import { plainText } from '../lib/plain-text'
import type { SectionProps } from './section-props'
import { ViewerControls } from './viewer-controls'
import { useFullscreen, useSwipe } from './viewer-gestures'
import { useViewerKeys } from './viewer-keys'
import { useZoom } from './viewer-zoom'

const stopPath = (stop: FigureStop) => `${paths.figures}/${stop.slug}`
const stopLabel = (stop: FigureStop) => `Figure ${stop.slug}`

/**
 * One figure, or one panel, filling the screen: zoom by pinch, wheel, buttons or keys, pan a zoomed
 * image by dragging; arrow keys or a swipe move on, Escape goes back to the text.
 */
export function FigureViewer({ report }: SectionProps) {
  const { figure: slug = '' } = useParams()
  const navigate = useNavigate()
  const stop = findFigureStop(report.figures, slug)
  const { previous, next } = adjacentStops(report.figures, slug)
  const cited = stop ? citingSentences(report, stop.figure.id) : []
  const nextPath = next && stopPath(next)
  const previousPath = previous && stopPath(previous)
  const back = cited[0] ? { pathname: cited[0].path, hash: `#${cited[0].anchor}` } : null

  const viewer = useRef<HTMLElement>(null)
  const frame = useRef<HTMLDivElement>(null)
  const stage = useRef<HTMLDivElement>(null)
  const zoom = useZoom(frame, stage, slug)
  useViewerKeys({ ArrowRight: nextPath, ArrowLeft: previousPath, Escape: back && `${back.pathname}${back.hash}` }, zoom)
  useSwipe(
    viewer,
    nextPath ? () => navigate(nextPath) : null,
    previousPath ? () => navigate(previousPath) : null,
    zoom.isZoomed,
  )
  const fullscreen = useFullscreen(viewer)

  if (!stop) return null
  const { figure, panelId } = stop
  const shown = panelId ? figure.panels.filter((p) => p.id === panelId) : figure.panels
  return (
    <article aria-labelledby="viewer-heading" className="figure-viewer" ref={viewer}>
      <h1 id="viewer-heading">
        {stopLabel(stop)}
        {panelId && <span className="viewer-shows">: {figure.panels.find((p) => p.id === panelId)?.shows}</span>}
      </h1>
      <div className={zoom.zoomed ? 'viewer-frame zoomed' : 'viewer-frame'} ref={frame}>
        <div className={`viewer-stage stage-${Math.max(shown.length, 1)}`} id={panelId ?? figure.id} ref={stage}>
          <FigurePanels figure={figure} panels={shown} panelClass="viewer-panel" />
        </div>
      </div>
      <div className="viewer-info">
        <ViewerControls zoom={zoom} fullscreen={fullscreen} back={back} />
        <nav className="viewer-nav" aria-label="Figures and panels">
          {previous ? (
            <Link to={stopPath(previous)} rel="prev">
              ← {stopLabel(previous)}
            </Link>
          ) : (
            <span />
          )}
          {figure.panels.length > 0 && (
            <span className="viewer-panels">
              <Link to={`${paths.figures}/${figure.number}`} aria-current={panelId ? undefined : 'page'}>
                All panels
              </Link>
              {figure.panels.map((p) => (
                <Link
                  key={p.id}
                  to={`${paths.figures}/${figure.number}${p.letter}`}
                  aria-current={p.id === panelId ? 'page' : undefined}
                  aria-label={`Panel ${p.letter}: ${p.shows}`}
                >
                  {p.letter}
                </Link>
              ))}
            </span>
          )}
          {next ? (
            <Link to={stopPath(next)} rel="next">
              {stopLabel(next)} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
        <p className="viewer-caption">
          <strong>{figure.label}:</strong> {plainText(figure.caption)}
        </p>
        <p className="viewer-hint">
          Keys: ← and → move between panels and figures (or swipe); + and − zoom (or pinch, or Ctrl and the wheel), 0
          fits the image again, Shift and an arrow move a zoomed image (or drag it); Escape returns to the text.
        </p>
        <section aria-labelledby="cited-in" className="cited-in">
          <h2 id="cited-in">Cited in</h2>
          <ul>
            {cited.map((s) => (
              <li key={s.anchor}>
                <Link to={{ pathname: s.path, hash: `#${s.anchor}` }}>“{plainText(s.markdown)}”</Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </article>
  )
}
