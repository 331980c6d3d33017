import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { Link, useHref, useLocation, useNavigate, useParams } from 'react-router-dom'
import { useEdition } from '../components/edition'
import { useIsClient } from '../components/use-is-client'
import { paths } from '../lib/paths'
import {
  adjacentScreen,
  allScreens,
  screenFromSearch,
  slideHref,
  speakerFromSearch,
  stepScreens,
  type SlidePlace,
} from '../lib/slides'
import type { SectionProps } from './section-props'
import { useSlideChannel } from './slide-channel'
import { toggleFullscreen, useSlideKeys, type Action } from './slide-keys'
import { SlideScreenView } from './slide-screen'

// The speaker view loads only in the window that shows it.
const SpeakerView = lazy(() => import('./speaker-view').then((m) => ({ default: m.SpeakerView })))

/**
 * Slide mode: one teaching step, one screen at a time, filling the screen, driven by the keys a
 * clicker sends. Each screen has its own URL (`/slides/5?screen=2`), so Back and reload return to it;
 * `?speaker` shows the speaker view of the same place, kept in step with the slides by a channel.
 */
export function Slides({ report }: SectionProps) {
  const { step: param = '' } = useParams()
  const step = Number(param)
  const { search } = useLocation()
  const navigate = useNavigate()
  const { pageText } = useEdition()
  const screens = stepScreens(report, step)
  // The prerendered page is the step's first screen: the query is read once the page runs (after hydration).
  const client = useIsClient()
  const requested = client ? screenFromSearch(search) : 1
  const screen = Number.isNaN(requested) ? 1 : Math.max(1, Math.min(requested, screens.length))
  const speaker = client && speakerFromSearch(search)
  const place: SlidePlace = { step, screen }
  const [blank, setBlank] = useState(false)
  const speakerHref = useHref(slideHref(step, screen, true))

  // The place the keys move from: updated at once, so two quick presses of a clicker move two screens.
  const current = useRef(place)
  useLayoutEffect(() => {
    current.current = { step, screen }
  }, [step, screen])

  const go = (to: SlidePlace | null) => {
    if (!to) return
    current.current = to
    navigate(slideHref(to.step, to.screen, speaker))
  }
  useSlideChannel(place, (to) => {
    current.current = to
    navigate(slideHref(to.step, to.screen, speaker))
  })

  // The next step's text is fetched ahead, so that moving on to it is instant.
  useEffect(() => {
    if (step < report.teaching.length) void pageText(`${paths.slides}/${step + 1}`).catch(() => {})
  }, [pageText, report.teaching.length, step])

  const act = useRef<(action: Action) => void>(() => {})
  useLayoutEffect(() => {
    act.current = (action) => {
      const all = allScreens(report)
      switch (action) {
        case 'next':
        case 'previous':
          if (blank) return setBlank(false)
          return go(adjacentScreen(report, current.current, action === 'next' ? 1 : -1))
        case 'first':
          return go(all[0] ?? null)
        case 'last':
          return go(all[all.length - 1] ?? null)
        case 'fullscreen':
          return toggleFullscreen()
        case 'blank':
          return setBlank((b) => !b)
        case 'speaker':
          if (!speaker) window.open(speakerHref, 'speaker-view', 'popup,width=1200,height=760')
          return
        case 'leave':
          if (blank) return setBlank(false)
          return navigate(`${paths.teach}/${current.current.step}`)
      }
    }
  })
  useSlideKeys(act)

  if (screens.length === 0) return null
  if (speaker)
    return (
      <Suspense fallback={<p>Loading the speaker view…</p>}>
        <SpeakerView report={report} place={place} onMove={(delta) => act.current(delta)} />
      </Suspense>
    )
  const total = report.teaching.length
  const previous = adjacentScreen(report, place, -1)
  const next = adjacentScreen(report, place, 1)
  return (
    <div className="slides" data-screen={`${step}.${screen}`}>
      <section className="slide" aria-live="polite" aria-atomic="true" aria-labelledby="slide-heading">
        <h1 id="slide-heading" className="slide-kicker">
          Teaching step {step} of {total}
          <span className="visually-hidden">
            , screen {screen} of {screens.length}
          </span>
        </h1>
        <SlideScreenView step={step} screen={screens[screen - 1]} />
      </section>
      <nav className="slide-bar" aria-label="Slides">
        <button type="button" onClick={() => go(previous)} disabled={!previous} aria-label="Previous screen">
          ←
        </button>
        <span className="slide-count" aria-hidden="true">
          Step {step} of {total} · {screen}/{screens.length}
        </span>
        <button type="button" onClick={() => go(next)} disabled={!next} aria-label="Next screen">
          →
        </button>
        <Link to={`${paths.teach}/${step}`} className="slide-leave">
          Leave slides
        </Link>
      </nav>
      {blank && <div className="slide-blank" role="status" aria-label="Screen blanked; press B to show it again" />}
    </div>
  )
}
