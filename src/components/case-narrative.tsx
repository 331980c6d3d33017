import type { PartParagraph } from '../lib/part-view'
import { sentenceAnchor } from '../lib/paths'
import { NotePlace } from './editor-note'
import { Sentence } from './sentence'

/** A paragraph of the authors' narrative, or a stretch of one, with its sentences in their order. */
export function NarrativeParagraph({ paragraph, marking = false }: { paragraph: PartParagraph; marking?: boolean }) {
  const mixed = marking && paragraph.sentences.some((s) => !s.own)
  const first = paragraph.sentences[0]?.sentence.id
  // Notes on its sentences follow the paragraph (or the stretch of it shown here).
  const place = paragraph.continues ? `p-${paragraph.id}-from-${first}` : `p-${paragraph.id}`
  return (
    <NotePlace place={place} targets={paragraph.sentences.map(({ sentence }) => sentenceAnchor(sentence.id))}>
      <p
        id={paragraph.continues ? undefined : `p-${paragraph.id}`}
        className={paragraph.continues ? 'continues' : undefined}
        data-marking={mixed ? 'own' : undefined}
      >
        {paragraph.sentences.map(({ sentence, own }, i) => (
          <span key={sentence.id}>
            {i > 0 ? ' ' : ''}
            <Sentence anchor={sentenceAnchor(sentence.id)} context={!own} />
          </span>
        ))}
      </p>
    </NotePlace>
  )
}

/**
 * The authors' paragraphs a page shows, each whole. With `marking`, the page's own sentences are
 * marked and the others shown plainly, so a reason is never cut from what it led to.
 */
export function CaseNarrative({
  paragraphs,
  marking = false,
}: {
  paragraphs: readonly PartParagraph[]
  marking?: boolean
}) {
  return (
    <div className="narrative">
      {paragraphs.map((p) => (
        <NarrativeParagraph key={p.id} paragraph={p} marking={marking} />
      ))}
    </div>
  )
}
