import type { ProseSection as ProseSectionModel } from '../model/prose'
import { Sentence } from '../components/sentence'
import { proseSentences } from '../lib/sentence-index'

/** The paragraphs of a prose section, each sentence addressable by its anchor. */
export function ProseBody({ section }: { section: ProseSectionModel }) {
  return proseSentences(section).map((p, i) => (
    <p key={i}>
      {p.map((s, j) => (
        <span key={s.anchor}>
          {j > 0 && ' '}
          <Sentence anchor={s.anchor} />
        </span>
      ))}
    </p>
  ))
}

/** A page of prose (abstract, introduction, discussion): heading and paragraphs. */
export function ProseSection({ section }: { section: ProseSectionModel }) {
  return (
    <article aria-labelledby={section.id}>
      <h1 id={section.id}>{section.heading}</h1>
      <ProseBody section={section} />
    </article>
  )
}
