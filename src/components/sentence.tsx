import { InlineProse } from '../markdown/prose'
import { usePageText } from './page-text'

/** One sentence of the article with its anchor, so it can be linked to and highlighted. */
export function Sentence({ anchor, markdown }: { anchor: string; markdown: string }) {
  const text = usePageText()
  return (
    <span id={anchor} className="sentence" tabIndex={-1}>
      <InlineProse markdown={text.markdown(anchor, markdown)} />
    </span>
  )
}
