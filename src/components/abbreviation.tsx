import type { ReactNode } from 'react'

/**
 * An abbreviation with its expansion: a tooltip on hover (title), and shown beside it on keyboard
 * focus or a tap (it is focusable), without changing the words of the text.
 */
export function Abbreviation({ expansion, children }: { expansion: string; children: ReactNode }) {
  return (
    <abbr title={expansion} tabIndex={0} data-expansion={expansion}>
      {children}
    </abbr>
  )
}
