import { NoteBlocks } from '../components/editor-note'
import { LinkTools } from '../components/link-tools'
import { TracedList } from '../components/traced-list'
import { paths } from '../lib/paths'
import { sentenceIndex } from '../lib/sentence-index'
import type { Sourced } from '../model/views'
import type { SectionProps } from './section-props'

function Points({
  items,
  index,
  empty,
}: {
  items: readonly Sourced[]
  index: ReturnType<typeof sentenceIndex>
  empty: string
}) {
  if (items.length === 0) return <p className="not-stated">{empty}</p>
  return <TracedList items={items} index={index} />
}

/** The differential diagnosis, point by point, every point from a sentence of the article. */
export function DifferentialSection({ report }: SectionProps) {
  const index = sentenceIndex(report)
  return (
    <article aria-labelledby="differential-heading">
      <p className="kicker">Added by this edition</p>
      <h1 id="differential-heading">Differential diagnosis</h1>
      <p>
        The conditions the article sets beside {report.meta.condition.toLowerCase()}, as it presents them: one it must
        be told apart from, others it relates to it. Each point is taken from a sentence of the article, in or close to
        its words; “source” links to it. Nothing here comes from outside the article.
      </p>
      {report.differential.map((d) => (
        <section
          key={d.id}
          id={`differential-${d.id}`}
          aria-labelledby={`differential-${d.id}-name`}
          className="condition"
          tabIndex={-1}
        >
          <h2 id={`differential-${d.id}-name`}>{d.name}</h2>
          <LinkTools target={{ path: paths.differential, id: `differential-${d.id}` }} label={d.name} />
          <div className="condition-columns">
            <div>
              <h3>What the article says</h3>
              <Points items={d.points} index={index} empty="The article makes no general statement about it." />
            </div>
            <div>
              <h3>In this case</h3>
              <Points items={d.inThisCase} index={index} empty="Not reported in this case." />
            </div>
          </div>
          <NoteBlocks place={`differential-${d.id}`} targets={[`differential-${d.id}`]} />
        </section>
      ))}
    </article>
  )
}
