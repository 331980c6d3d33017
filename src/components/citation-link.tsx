import type { ReactNode } from 'react'
import { referenceAnchor } from '../lib/paths'

/** A citation such as [1-6], linking to the first reference's entry on the page. */
export function CitationLink({ numbers, children }: { numbers: readonly number[]; children: ReactNode }) {
  const label = numbers.length === 1 ? `Reference ${numbers[0]}` : `References ${numbers.join(', ')}`
  return (
    <sup className="citation">
      <a href={`#${referenceAnchor(numbers[0])}`} title={label}>
        {children}
      </a>
    </sup>
  )
}
