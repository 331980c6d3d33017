import type { PartParagraph } from '../lib/part-view'
import { sentenceAnchor } from '../lib/paths'
import { Sentence } from './sentence'

/** A paragraph of the authors' narrative, or a stretch of one, with its sentences in their order. */
export function NarrativeParagraph({ paragraph, marking = false }: { paragraph: PartParagraph; marking?: boolean }) {
  const mixed = marking && paragraph.sentences.some((s) => !s.own)
  return (
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
