import { CompiledProse } from '../markdown/compiled'
import { CitingSentenceProvider } from './citing-sentence'
import { NoteMarks } from './editor-note'
import { usePageText } from './page-text'

/**
 * One sentence of the article. A sentence the page is about carries its anchor, so it can be linked
 * to and highlighted; one shown only so its paragraph reads whole (`context`) has no anchor here.
 */
export function Sentence({ anchor, context = false }: { anchor: string; context?: boolean }) {
  const text = usePageText()
  if (context)
    return (
      <span className="sentence context">
        <CompiledProse nodes={text.inline(anchor)} />
      </span>
    )
  return (
    <span id={anchor} className="sentence" tabIndex={-1}>
      <CitingSentenceProvider value={anchor}>
        <CompiledProse nodes={text.inline(anchor)} />
      </CitingSentenceProvider>
      <NoteMarks target={anchor} />
    </span>
  )
}
