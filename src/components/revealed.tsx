import type { RevealItem } from '../model/views'
import { CompiledProse } from '../markdown/compiled'
import { isPart, revealKey } from '../lib/reveal'
import { sentenceIndex } from '../lib/sentence-index'
import { useReport } from './edition'
import { usePageText } from './page-text'
import { Sentence } from './sentence'

/**
 * What a teaching step reveals of one sentence: the whole sentence, or the exact words of the part
 * that belongs to this step, with an ellipsis where the rest of the sentence is left for another step.
 */
export function Revealed({ item, anchored = true }: { item: RevealItem; anchored?: boolean }) {
  const text = usePageText()
  const whole = sentenceIndex(useReport()).get(isPart(item) ? item.source : item)?.markdown ?? ''
  if (!isPart(item)) return <Sentence anchor={item} context={!anchored} />
  const at = whole.indexOf(item.words)
  return (
    <span className="sentence sentence-part">
      {at > 0 && '… '}
      <CompiledProse nodes={text.inline(revealKey(item))} />
      {at + item.words.length < whole.length && ' …'}
    </span>
  )
}
