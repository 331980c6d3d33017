import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'

/** A reference in the text to a figure or its panels, linking to the figure. */
export function FigureRef({ pathname, id, children }: { pathname: string; id: string; children: ReactNode }) {
  return (
    <Link className="figure-ref" to={{ pathname, hash: `#${id}` }}>
      {children}
    </Link>
  )
}
