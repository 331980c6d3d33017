import { Link } from 'react-router-dom'
import type { CasePartId } from '../model/case'
import type { PartParagraph } from '../lib/part-view'
import { sentenceAnchor } from '../lib/paths'
import { InlineProse } from '../markdown/prose'
import { usePageText } from './page-text'

/** Where another page of the case is, and what it is called. */
export interface PartLink {
  /** Path of the page. */
  path: string
  /** Its label. */
  label: string
}

/**
 * The authors' sentences that a case page shows, paragraph by paragraph; where a paragraph goes on
 * with sentences shown on another page, a link says where, so the reading order stays visible.
 */
export function CaseNarrative({
  paragraphs,
  partLink,
}: {
  paragraphs: readonly PartParagraph[]
  partLink: (part: CasePartId) => PartLink
}) {
  const { markdown } = usePageText()
  return (
    <div className="narrative">
      {paragraphs.map((p) => (
        <p key={p.id} id={`p-${p.id}`}>
          {p.items.map((item, i) => {
            const space = i > 0 ? ' ' : ''
            if (item.kind === 'sentence') {
              const s = item.sentence
              return (
                <span key={s.id}>
                  {space}
                  <span id={sentenceAnchor(s.id)} className="sentence" tabIndex={-1}>
                    <InlineProse markdown={markdown(`s:${s.id}`, s.markdown)} />
                  </span>
                </span>
              )
            }
            return (
              <span key={`elsewhere-${item.runs[0].sentenceId}`}>
                {space}
                <span className="elsewhere">
                  (this paragraph {i === 0 ? 'begins' : 'goes on'} with{' '}
                  {item.runs.map((run, j) => {
                    const target = partLink(run.part)
                    return (
                      <span key={run.sentenceId}>
                        {j > 0 ? (j === item.runs.length - 1 ? ' and ' : ', ') : ''}
                        <Link to={{ pathname: target.path, hash: `#${sentenceAnchor(run.sentenceId)}` }}>
                          {run.count === 1 ? '1 sentence' : `${run.count} sentences`} under {target.label}
                        </Link>
                      </span>
                    )
                  })}
                  )
                </span>
              </span>
            )
          })}
        </p>
      ))}
    </div>
  )
}
