import { useLayoutEffect, useRef, useState } from 'react'
import { Link, useLocation, useNavigate } from 'react-router-dom'
import { FigurePanels } from '../components/figure-view'
import { useIsClient } from '../components/use-is-client'
import { plainText } from '../lib/plain-text'
import { presentation, presentHref, type PresentScreen } from '../lib/present'
import { sentenceIndex } from '../lib/sentence-index'
import { screenFromSearch } from '../lib/screens'
import type { SectionProps } from './section-props'
import { toggleFullscreen, useSlideKeys, type Action } from './slide-keys'

function Screen({ report, screen }: SectionProps & { screen: PresentScreen }) {
  if (screen.kind === 'figure') {
    const figure = report.figures.find((f) => f.id === screen.figure)!
    const panels = figure.panels.filter((p) => !screen.panel || p.id === screen.panel)
    return (
      <figure className="slide-body slide-figure">
        <div className={`slide-panels slide-panels-${Math.max(panels.length, 1)}`}>
          <FigurePanels figure={figure} panels={panels} panelClass="slide-panel" />
        </div>
        <figcaption>
          <strong>{figure.label}:</strong> {plainText(figure.caption)}
        </figcaption>
      </figure>
    )
  }
  const index = sentenceIndex(report)
  return (
    <div className="slide-body">
      <p className="slide-label">The authors’ words</p>
      {screen.sentences.map((anchor) => (
        <p key={anchor} className="slide-text">
          {plainText(index.get(anchor)?.markdown ?? '')}
        </p>
      ))}
    </div>
  )
}

/**
 * "Present this": one place of the edition (a figure, a table row, a part of the case) filling the
 * screen in slide mode's type, one screen at a time, with slide mode's keys; Escape goes back to it.
 */
export function Present({ report }: SectionProps) {
  const { search } = useLocation()
  const navigate = useNavigate()
  // The prerendered page cannot know what is asked for: the query is read once the page runs.
  const client = useIsClient()
  const query = new URLSearchParams(client ? search : '')
  const path = query.get('path') ?? ''
  const id = query.get('id') ?? undefined
  const shown = presentation(report, path, id)
  const requested = screenFromSearch(client ? search : '')
  const total = shown?.screens.length ?? 0
  const screen = Number.isNaN(requested) ? 1 : Math.max(1, Math.min(requested, total))
  const back = `${path}${id ? `#${id}` : ''}`
  const [blank, setBlank] = useState(false)

  const current = useRef(screen)
  useLayoutEffect(() => {
    current.current = screen
  }, [screen])
  const act = useRef<(action: Action) => void>(() => {})
  useLayoutEffect(() => {
    const go = (to: number) => {
      if (to < 1 || to > total || to === current.current) return
      current.current = to
      navigate(presentHref(path, id, to))
    }
    act.current = (action) => {
      if (blank && action !== 'fullscreen') return setBlank(false)
      if (action === 'next') go(current.current + 1)
      else if (action === 'previous') go(current.current - 1)
      else if (action === 'first') go(1)
      else if (action === 'last') go(total)
      else if (action === 'blank') setBlank(true)
      else if (action === 'leave' && shown) navigate(back)
      else if (action === 'fullscreen') toggleFullscreen()
    }
  })
  useSlideKeys(act)

  // The prerendered page, and an address that names nothing, say what the page is for: the same
  // words before and after the app starts, so nothing moves.
  if (!client || !shown)
    return (
      <div className="present-missing">
        <h1>Present</h1>
        <p>
          This page shows one figure, table row or part of the article filling the screen, as its address names it. Open
          a page and choose Present from a link menu.
        </p>
        <p>
          <Link to="/">Title page</Link>
        </p>
      </div>
    )
  return (
    <div className="slides" data-screen={screen}>
      <section className="slide" aria-live="polite" aria-atomic="true" aria-labelledby="slide-heading">
        <h1 id="slide-heading" className="slide-kicker">
          {shown.title}
          {total > 1 && (
            <span>
              {' '}
              ({screen} of {total})
            </span>
          )}
        </h1>
        <Screen report={report} screen={shown.screens[screen - 1]} />
      </section>
      <nav className="slide-bar" aria-label="Screens">
        {total > 1 && (
          <>
            <button
              type="button"
              onClick={() => act.current('previous')}
              disabled={screen === 1}
              aria-label="Previous screen"
            >
              ←
            </button>
            <button
              type="button"
              onClick={() => act.current('next')}
              disabled={screen === total}
              aria-label="Next screen"
            >
              →
            </button>
          </>
        )}
        <Link to={back} className="slide-leave">
          Leave
        </Link>
      </nav>
      {blank && <div className="slide-blank" role="status" aria-label="Screen blanked; press B to show it again" />}
    </div>
  )
}
