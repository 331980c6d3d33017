import { Fragment } from 'react'
import { Link } from 'react-router-dom'
import type { CitationPart } from '../lib/references'
import { referenceAnchor } from '../lib/paths'
import { useCitingSentence, type CitationState } from './citing-sentence'
import { Preview } from './preview'

const numbersOf = ({ from, to }: CitationPart) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

/**
 * A citation such as [3,5,6] or [1-6]: each reference or range as written is its own link, with a
 * preview. A link goes to its (first) reference's entry on the same page and tells the list where
 * the reader came from, so every entry it names is marked there and offers the way back.
 */
export function CitationLink({
  parts,
  known,
}: {
  parts: readonly CitationPart[]
  /** What is known of a reference, for the preview. */
  known: (numbers: readonly number[]) => string
}) {
  const sentence = useCitingSentence()
  return (
    <sup className="citation">
      [
      {parts.map((part, i) => {
        const numbers = numbersOf(part)
        const label = numbers.length === 1 ? `Reference ${part.from}` : `References ${part.from} to ${part.to}`
        const state: CitationState | undefined = sentence ? { citedFrom: sentence, cited: numbers } : undefined
        return (
          <Fragment key={part.from}>
            {i > 0 && ','}
            <Preview
              card={
                <>
                  <strong>{label}.</strong> {known(numbers)}
                </>
              }
            >
              {(describedBy) => (
                // A router link keeps the page's path, so the hash also works under hash routing.
                <Link to={{ hash: `#${referenceAnchor(part.from)}` }} state={state} aria-describedby={describedBy}>
                  {part.from === part.to ? part.from : `${part.from}-${part.to}`}
                </Link>
              )}
            </Preview>
          </Fragment>
        )
      })}
      ]
    </sup>
  )
}
