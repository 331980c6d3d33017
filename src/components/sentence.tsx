import { CompiledProse } from '../markdown/compiled'
import { NoteMarks } from './editor-note'
import { usePageText } from './page-text'

/** One sentence of the article with its anchor, so it can be linked to and highlighted. */
export function Sentence({ anchor }: { anchor: string }) {
  const text = usePageText()
  return (
    <span id={anchor} className="sentence" tabIndex={-1}>
      <CompiledProse nodes={text.inline(anchor)} />
      <NoteMarks target={anchor} />
    </span>
  )
}
