import { Link } from 'react-router-dom'
import type { PartItem } from '../lib/part-view'
import { sentenceAnchor } from '../lib/paths'
import { partRoute } from '../lib/routes'

const lead = {
  start: 'Earlier in this paragraph:',
  middle: 'In between:',
  end: 'Later in this paragraph:',
} as const

/** Says, inside a paragraph, which other pages hold the sentences the authors wrote here. */
export function ElsewhereNote({
  item,
  position,
}: {
  item: Extract<PartItem, { kind: 'elsewhere' }>
  position: keyof typeof lead
}) {
  // One link per page, to the first of its sentences here.
  const firstRuns = item.runs.filter((run, i) => item.runs.findIndex((r) => r.part === run.part) === i)
  return (
    <>
      {position === 'start' ? '' : ' '}
      <span className="elsewhere">
        ({lead[position]}{' '}
        {firstRuns.map((run, j) => {
          const target = partRoute(run.part)
          return (
            <span key={run.sentenceId}>
              {j > 0 ? ', ' : ''}
              <Link to={{ pathname: target.path, hash: `#${sentenceAnchor(run.sentenceId)}` }}>{target.label}</Link>
            </span>
          )
        })}
        )
      </span>{' '}
    </>
  )
}
