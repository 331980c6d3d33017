import type { KeyPoint } from '../model/editor-note'
import type { ProseSection as ProseSectionModel } from '../model/prose'
import { KeyPoints } from '../components/key-points'
import { NotePlace } from '../components/editor-note'
import { ReferencesNote } from '../components/references-note'
import { Sentence } from '../components/sentence'
import { useReport } from '../components/edition'
import { usePageText } from '../components/page-text'
import { proseSentences } from '../lib/sentence-index'

/** The paragraphs of a prose section, each sentence addressable by its anchor. */
export function ProseBody({ section }: { section: ProseSectionModel }) {
  return proseSentences(section).map((p, i) => (
    <NotePlace key={i} place={`${section.id}-${i + 1}`} targets={p.map((s) => s.anchor)}>
      <p>
        {p.map((s, j) => (
          <span key={s.anchor}>
            {j > 0 && ' '}
            <Sentence anchor={s.anchor} />
          </span>
        ))}
      </p>
    </NotePlace>
  ))
}

/** The page's references note, when its text cites any. */
export function References() {
  const report = useReport()
  return usePageText().citations.length > 0 ? <ReferencesNote report={report} /> : null
}

/** A page of prose (abstract, introduction, discussion): heading and paragraphs, and key points if given. */
export function ProseSection({ section, keyPoints }: { section: ProseSectionModel; keyPoints?: readonly KeyPoint[] }) {
  return (
    <article aria-labelledby={section.id}>
      <h1 id={section.id}>{section.heading}</h1>
      <ProseBody section={section} />
      {keyPoints && <KeyPoints points={keyPoints} />}
      <References />
    </article>
  )
}
