import { useEffect, useLayoutEffect, useRef } from 'react'
import { Link, useNavigate, useParams } from 'react-router-dom'
import { FigurePanels } from '../components/figure-view'
import { citingSentences } from '../lib/citing'
import { adjacentStops, findFigureStop, type FigureStop } from '../lib/figure-slugs'
import { paths } from '../lib/paths'
import { plainText } from '../lib/plain-text'
import type { SectionProps } from './section-props'
import { useFullscreen, useSwipe } from './viewer-gestures'

const stopPath = (stop: FigureStop) => `${paths.figures}/${stop.slug}`
const stopLabel = (stop: FigureStop) => `Figure ${stop.slug}`

/** Is the reader typing, or in a dialog, where keys are not for the viewer? */
function keysBelongElsewhere(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null
  return (
    event.altKey ||
    event.shiftKey ||
    event.ctrlKey ||
    event.metaKey ||
    !!target?.closest('input, textarea, select, [contenteditable="true"], dialog')
  )
}

/** One figure, or one panel, filling the screen; arrow keys move on, Escape goes back to the text. */
export function FigureViewer({ report }: SectionProps) {
  const { figure: slug = '' } = useParams()
  const navigate = useNavigate()
  const stop = findFigureStop(report.figures, slug)
  const { previous, next } = adjacentStops(report.figures, slug)
  const cited = stop ? citingSentences(report, stop.figure.id) : []
  const nextPath = next && stopPath(next)
  const previousPath = previous && stopPath(previous)
  const backPath = cited[0] ? `${cited[0].path}#${cited[0].anchor}` : null

  // The key handler reads the targets of the page as committed, even before effects have re-run.
  const targets = useRef<Record<string, string | null>>({})
  useLayoutEffect(() => {
    targets.current = { ArrowRight: nextPath, ArrowLeft: previousPath, Escape: backPath }
  }, [nextPath, previousPath, backPath])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (keysBelongElsewhere(event)) return
      const to = targets.current[event.key]
      if (!to) return
      event.preventDefault()
      navigate(to)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [navigate])

  const stage = useRef<HTMLElement>(null)
  useSwipe(stage, nextPath ? () => navigate(nextPath) : null, previousPath ? () => navigate(previousPath) : null)
  const fullscreen = useFullscreen(stage)

  if (!stop) return null
  const { figure, panelId } = stop
  const shown = panelId ? figure.panels.filter((p) => p.id === panelId) : figure.panels
  return (
    <article aria-labelledby="viewer-heading" className="figure-viewer" ref={stage}>
      <h1 id="viewer-heading">
        {stopLabel(stop)}
        {panelId && <span className="viewer-shows">: {figure.panels.find((p) => p.id === panelId)?.shows}</span>}
      </h1>
      <div className={`viewer-stage stage-${Math.max(shown.length, 1)}`} id={panelId ?? figure.id}>
        <FigurePanels figure={figure} panels={shown} panelClass="viewer-panel" />
      </div>
      {fullscreen.supported && (
        <button
          type="button"
          className="viewer-fullscreen"
          aria-pressed={fullscreen.active}
          onClick={fullscreen.toggle}
        >
          Full screen
        </button>
      )}
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
        Keys: ← and → move between panels and figures (or swipe); Escape returns to the text.
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
    </article>
  )
}
