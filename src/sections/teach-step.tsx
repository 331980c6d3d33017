import { Link, useParams } from 'react-router-dom'
import { NoteBlocks } from '../components/editor-note'
import { FigureImageView } from '../components/figure-view'
import { KeyPoints } from '../components/key-points'
import { Revealed } from '../components/revealed'
import { useAskFirst } from '../components/teaching-prefs'
import { teachingTarget } from '../lib/editor-notes'
import { paths } from '../lib/paths'
import { isPart, revealSource } from '../lib/reveal'
import { sentenceIndex } from '../lib/sentence-index'
import { slideHref } from '../lib/slides'
import type { SectionProps } from './section-props'

/** One teaching step: a generic prompt, then the authors' sentences and figures for that step. */
export function TeachStep({ report }: SectionProps) {
  const { step: param = '' } = useParams()
  const n = Number(param)
  const step = report.teaching[n - 1]
  const askFirst = useAskFirst()
  if (!step) return null
  const index = sentenceIndex(report)
  const figures = report.figures.filter((f) => step.figures.includes(f.id))
  const total = report.teaching.length
  const reveal = (
    <div className="teach-reveal">
      <h2>{step.title}</h2>
      {step.sentences.map((item) => {
        const anchor = revealSource(item)
        const s = index.get(anchor)
        return s ? (
          <p key={isPart(item) ? item.words : anchor}>
            <Revealed item={item} />{' '}
            <Link className="in-context" to={{ pathname: s.path, hash: `#${anchor}` }}>
              {isPart(item) ? 'whole sentence' : 'in context'}
            </Link>
          </p>
        ) : null
      })}
      {figures.map((f) => (
        <Link key={f.id} to={`${paths.figures}/${f.number}`} className="teach-figure">
          <FigureImageView image={f.panels[0]?.image ?? f.image} />
          <span>Open {f.label}</span>
        </Link>
      ))}
      <NoteBlocks place={teachingTarget(n)} targets={[teachingTarget(n)]} />
      {n === total && <KeyPoints points={report.keyPoints} />}
    </div>
  )
  return (
    // Keyed by step, so that each step opens with its answer hidden, whatever the last one showed.
    <article key={n} aria-labelledby="step-heading" className="teach-step">
      <p className="kicker">Teaching mode, added by this edition</p>
      <h1 id="step-heading">
        Teaching step {n} of {total}
      </h1>
      <aside className="teaching-prompt" aria-label="Teaching prompt">
        <p className="prompt-label">Teaching prompt, added by this edition</p>
        <p className="prompt">{step.prompt}</p>
      </aside>
      {askFirst ? (
        <details className="reveal">
          <summary>Reveal what the authors report</summary>
          {reveal}
        </details>
      ) : (
        reveal
      )}
      <p className="teach-present">
        <Link to={slideHref(n)}>Present this step as slides</Link>
      </p>
      <nav className="teach-nav" aria-label="Teaching steps">
        {n > 1 ? <Link to={`${paths.teach}/${n - 1}`}>← Step {n - 1}</Link> : <Link to={paths.teach}>All steps</Link>}
        {n < total ? (
          <Link to={`${paths.teach}/${n + 1}`}>Step {n + 1} →</Link>
        ) : (
          <Link to={paths.teach}>All steps</Link>
        )}
      </nav>
    </article>
  )
}
