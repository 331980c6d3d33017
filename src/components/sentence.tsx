import { CompiledProse } from '../markdown/compiled'
import { CitingSentenceProvider } from './citing-sentence'
import { NoteMarks } from './editor-note'
import { usePageText } from './page-text'

/** One sentence of the article with its anchor, so it can be linked to and highlighted. */
export function Sentence({ anchor }: { anchor: string }) {
  const text = usePageText()
  return (
    <span id={anchor} className="sentence" tabIndex={-1}>
      <CitingSentenceProvider value={anchor}>
        <CompiledProse nodes={text.inline(anchor)} />
      </CitingSentenceProvider>
      <NoteMarks target={anchor} />
    </span>
  )
}
