import type { SentenceLocation } from '../lib/sentence-index'
import { timelineLayout } from '../lib/timeline-layout'
import { timelinePhases, type TimelineEvent, type TimelinePhase } from '../model/views'
import { paths } from '../lib/paths'
import { NoteBlocks } from './editor-note'
import { LinkTools } from './link-tools'
import { SourceLinks } from './source-link'

const phaseLabels: Record<TimelinePhase, string> = {
  before: 'Before presentation',
  investigation: 'Investigations',
  treatment: 'Treatment',
  'follow-up': 'Follow-up',
}

/** The clinical course: a phase strip for the eye and an ordered list that carries every event. */
export function Timeline({
  events,
  index,
}: {
  events: readonly TimelineEvent[]
  index: ReadonlyMap<string, SentenceLocation>
}) {
  const bands = timelineLayout(
    timelinePhases,
    events.map((e) => e.phase),
  )
  return (
    <div className="timeline">
      <div className="timeline-strip" aria-hidden="true">
        {bands
          .filter((b) => b.width > 0)
          .map((band) => (
            <div key={band.phase} className={`phase phase-${band.phase} weight-${band.events.length}`}>
              <div className="phase-band">
                {band.events.map((x) => (
                  <span key={x} className="phase-dot" />
                ))}
              </div>
              <span className="phase-label">{phaseLabels[band.phase]}</span>
            </div>
          ))}
      </div>
      <ol className="timeline-events">
        {events.map((event, i) => {
          return (
            <li key={event.id} id={`event-${event.id}`} tabIndex={-1} className={`phase-${event.phase}`}>
              <span className="event-number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="event-when">{event.when}</span>
              <strong className="event-label">{event.label}</strong> <span className="event-text">{event.text}</span>{' '}
              <SourceLinks anchors={event.sources} index={index} />{' '}
              <LinkTools target={{ path: paths.case, id: `event-${event.id}` }} label={`Timeline: ${event.label}`} />
              <NoteBlocks place={`event-${event.id}`} targets={[`event-${event.id}`]} />
            </li>
          )
        })}
      </ol>
    </div>
  )
}
