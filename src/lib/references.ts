/** The kinds of inline reference prose can make, each written as a markdown link with a scheme. */
export type ReferenceKind = 'cite' | 'fig' | 'abbr'

/** One inline reference found in markdown. */
export interface InlineReference {
  /** What it refers to. */
  kind: ReferenceKind
  /** The target as written after the scheme, e.g. "1,3-7" or "figure-1a,figure-1b". */
  target: string
}

const link = /\]\((cite|fig|abbr):([^)\s]*)\)/g

/** Every inline reference in a markdown text, in order. */
export function findReferences(markdown: string): InlineReference[] {
  return [...markdown.matchAll(link)].map((m) => ({ kind: m[1] as ReferenceKind, target: m[2] }))
}

/** Split a reference href like "fig:figure-1a,figure-1b" into kind and target; null for other links. */
export function parseReferenceHref(href: string): InlineReference | null {
  const m = /^(cite|fig|abbr):(.*)$/.exec(href)
  return m ? { kind: m[1] as ReferenceKind, target: m[2] } : null
}

/** The reference numbers of a citation target: "1,3-7" gives [1, 3, 4, 5, 6, 7]; null if malformed. */
export function citationNumbers(target: string): number[] | null {
  const numbers: number[] = []
  for (const part of target.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim())
    if (!m) return null
    const from = Number(m[1])
    const to = m[2] === undefined ? from : Number(m[2])
    if (to < from) return null
    for (let n = from; n <= to; n++) numbers.push(n)
  }
  return numbers
}

/** One part of a citation target: a single reference (from = to) or a range. */
export interface CitationPart {
  /** First reference number. */
  from: number
  /** Last reference number (the same as `from` for a single reference). */
  to: number
}

/** The parts of a citation target as written: "1,3-7" gives 1 and 3 to 7; null if malformed. */
export function citationParts(target: string): CitationPart[] | null {
  const parts = target.split(',').map((part) => /^(\d+)(?:-(\d+))?$/.exec(part.trim()))
  if (parts.some((m) => !m)) return null
  return parts.map((m) => ({ from: Number(m![1]), to: Number(m![2] ?? m![1]) }))
}

/** The ids of a figure reference target: "figure-1a,figure-1b" gives ["figure-1a", "figure-1b"]. */
export function figureIds(target: string): string[] {
  return target.split(',').map((id) => id.trim())
}
