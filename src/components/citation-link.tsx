import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { referenceAnchor } from '../lib/paths'
import { Preview } from './preview'

/** A citation such as [1-6], linking to the first reference's entry on the same page, with a preview. */
export function CitationLink({
  numbers,
  known,
  children,
}: {
  numbers: readonly number[]
  /** What is known of these references, for the preview. */
  known: string
  children: ReactNode
}) {
  const label = numbers.length === 1 ? `Reference ${numbers[0]}` : `References ${numbers.join(', ')}`
  return (
    <sup className="citation">
      <Preview
        card={
          <>
            <strong>{label}.</strong> {known}
          </>
        }
      >
        {(describedBy) => (
          // A router link keeps the page's path, so the hash also works under hash routing.
          <Link to={{ hash: `#${referenceAnchor(numbers[0])}` }} aria-describedby={describedBy}>
            {children}
          </Link>
        )}
      </Preview>
    </sup>
  )
}
