import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { referenceAnchor } from '../lib/paths'

/** A citation such as [1-6], linking to the first reference's entry on the same page. */
export function CitationLink({ numbers, children }: { numbers: readonly number[]; children: ReactNode }) {
  const label = numbers.length === 1 ? `Reference ${numbers[0]}` : `References ${numbers.join(', ')}`
  return (
    <sup className="citation">
      {/* A router link keeps the page's path, so the hash also works under hash routing. */}
      <Link to={{ hash: `#${referenceAnchor(numbers[0])}` }} title={label}>
        {children}
      </Link>
    </sup>
  )
}
