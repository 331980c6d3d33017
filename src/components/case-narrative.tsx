import type { PartParagraph } from '../lib/part-view'
import { sentenceAnchor } from '../lib/paths'
import { NotePlace } from './editor-note'
import { ElsewhereNote } from './elsewhere-note'
import { Sentence } from './sentence'

/**
 * The authors' sentences that a case page shows, paragraph by paragraph; where a paragraph goes on
 * with sentences shown on another page, a link says where, so the reading order stays visible.
 */
export function CaseNarrative({ paragraphs }: { paragraphs: readonly PartParagraph[] }) {
  return (
    <div className="narrative">
      {paragraphs.map((p) => (
        <NotePlace
          key={p.id}
          place={`p-${p.id}`}
          targets={p.items.flatMap((item) => (item.kind === 'sentence' ? [sentenceAnchor(item.sentence.id)] : []))}
        >
          <p id={`p-${p.id}`}>
            {p.items.map((item, i) => {
              const space = i > 0 ? ' ' : ''
              if (item.kind === 'sentence') {
                const s = item.sentence
                return (
                  <span key={s.id}>
                    {space}
                    <Sentence anchor={sentenceAnchor(s.id)} />
                  </span>
                )
              }
              return (
                <ElsewhereNote
                  key={`elsewhere-${item.runs[0].sentenceId}`}
                  item={item}
                  position={i === 0 ? 'start' : i === p.items.length - 1 ? 'end' : 'middle'}
                />
              )
            })}
          </p>
        </NotePlace>
      ))}
    </div>
  )
}
