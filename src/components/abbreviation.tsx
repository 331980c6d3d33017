import type { ReactNode } from 'react'

/** An abbreviation with its expansion. */
export function Abbreviation({ expansion, children }: { expansion: string; children: ReactNode }) {
  return <abbr title={expansion}>{children}</abbr>
}
