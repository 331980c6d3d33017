import { Suspense, use, useEffect, useMemo, useState } from 'react'
import { Link } from 'react-router-dom'
import { useEdition } from '../components/edition'
import { pageTextOf, PageTextProvider } from '../components/page-text'
import { notesAt, teachingTarget } from '../lib/editor-notes'
import { paths } from '../lib/paths'
import { plainText } from '../lib/plain-text'
import { isPart, revealSource } from '../lib/reveal'
import { sentenceIndex } from '../lib/sentence-index'
import { adjacentScreen, stepScreens, type SlidePlace } from '../lib/slides'
import type { SectionProps } from './section-props'
import { SlideScreenView } from './slide-screen'

/** A screen of another step, shown with that step's text (fetched when needed). */
function OtherStepScreen({ place }: { place: SlidePlace }) {
  const { pageText } = useEdition()
  const path = `${paths.slides}/${place.step}`
  const text = use(pageText(path))
  const value = useMemo(() => pageTextOf(text, path), [text, path])
  return (
    <PageTextProvider value={value}>
      <SlideScreenView step={place.step} screen={stepScreens(useEdition().report, place.step)[place.screen - 1]} />
    </PageTextProvider>
  )
}

/** Time since the view opened, as m:ss, with a reset. */
function Timer() {
  const [start, setStart] = useState(() => Date.now())
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(id)
  }, [])
  const seconds = Math.max(0, Math.floor((now - start) / 1000))
  return (
    <p className="speaker-timer">
      <span role="timer" aria-label="Time since the speaker view opened">
        {Math.floor(seconds / 60)}:{String(seconds % 60).padStart(2, '0')}
      </span>{' '}
      <button type="button" onClick={() => setStart(Date.now())}>
        Reset timer
      </button>
    </p>
  )
}

/**
 * The speaker view, in a second window: the current and the next screen, the step's prompt, its
 * sources and editor's notes, and a timer. It moves with the slides, and they with it.
 */
export function SpeakerView({
  report,
  place,
  onMove,
}: SectionProps & { place: SlidePlace; onMove: (action: 'next' | 'previous') => void }) {
  const step = report.teaching[place.step - 1]
  const screens = stepScreens(report, place.step)
  const next = adjacentScreen(report, place, 1)
  const index = sentenceIndex(report)
  const notes = notesAt(report, teachingTarget(place.step))
  return (
    <div className="speaker" data-screen={`${place.step}.${place.screen}`}>
      <header className="speaker-head">
        <h1>
          Speaker view: teaching step {place.step} of {report.teaching.length}, screen {place.screen} of{' '}
          {screens.length}
        </h1>
        <Timer />
        <p className="speaker-moves">
          <button type="button" onClick={() => onMove('previous')}>
            ← Previous
          </button>{' '}
          <button type="button" onClick={() => onMove('next')}>
            Next →
          </button>
        </p>
      </header>
      <section className="speaker-current" aria-labelledby="speaker-now">
        <h2 id="speaker-now">Now on screen</h2>
        <div className="speaker-screen">
          <SlideScreenView step={place.step} screen={screens[place.screen - 1]} />
        </div>
      </section>
      <section className="speaker-next" aria-labelledby="speaker-next">
        <h2 id="speaker-next">Next</h2>
        <div className="speaker-screen">
          {!next ? (
            <p>The end of the sequence.</p>
          ) : next.step === place.step ? (
            <SlideScreenView step={next.step} screen={screens[next.screen - 1]} />
          ) : (
            <Suspense fallback={<p>Loading…</p>}>
              <p className="speaker-new-step">Teaching step {next.step}</p>
              <OtherStepScreen place={next} />
            </Suspense>
          )}
        </div>
      </section>
      <section className="speaker-notes" aria-labelledby="speaker-notes">
        <h2 id="speaker-notes">Notes for this step: {step.title}</h2>
        <p>
          <strong>Prompt (added by this edition):</strong> {step.prompt}
        </p>
        <h3>Sources: the authors’ sentences this step reveals</h3>
        <ul>
          {step.sentences.map((item) => {
            const anchor = revealSource(item)
            const s = index.get(anchor)
            return s ? (
              <li key={isPart(item) ? item.words : anchor}>
                {isPart(item) && <span>Shown in part: “{item.words}”. Whole sentence: </span>}“{plainText(s.markdown)}”{' '}
                <Link to={{ pathname: s.path, hash: `#${anchor}` }} target="_blank">
                  in the article
                </Link>
              </li>
            ) : null
          })}
        </ul>
        {notes.map((n) => (
          <div key={n.id} className="speaker-note">
            <h3>Editor’s note, added by this edition: {n.title}</h3>
            <p>{n.text}</p>
          </div>
        ))}
      </section>
    </div>
  )
}
