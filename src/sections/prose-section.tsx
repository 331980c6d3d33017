import type { ProseSection as ProseSectionModel } from '../model/prose'
import { ReferencesNote } from '../components/references-note'
import { Sentence } from '../components/sentence'
import { useReport } from '../components/edition'
import { usePageText } from '../components/page-text'
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

/** The page's references note, when its text cites any. */
export function References() {
  const report = useReport()
  return usePageText().citations.length > 0 ? <ReferencesNote report={report} /> : null
}

/** A page of prose (abstract, introduction, discussion): heading and paragraphs. */
export function ProseSection({ section }: { section: ProseSectionModel }) {
  return (
    <article aria-labelledby={section.id}>
      <h1 id={section.id}>{section.heading}</h1>
      <ProseBody section={section} />
      <References />
    </article>
  )
}
