function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/**
 * Mark the first plain-text use of each term across a page's markdown blocks as an abbreviation
 * reference (`[TOH](abbr:TOH)`); later uses stay plain. Text inside link targets is never touched.
 */
export function markFirstAbbreviations(blocks: readonly string[], terms: readonly string[]): string[] {
  if (terms.length === 0) return [...blocks]
  const seen = new Set<string>()
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escape)
  // Explicit abbreviation links and other link targets are matched first and kept as they are.
  const pattern = new RegExp(
    `\\[[^\\]]*\\]\\(abbr:([^)]*)\\)|\\]\\([^)]*\\)|(?<![\\w/])(${alternatives.join('|')})(?![\\w/])`,
    'g',
  )
  return blocks.map((block) =>
    block.replace(pattern, (match: string, explicit: string | undefined, term: string | undefined) => {
      if (explicit !== undefined) {
        seen.add(explicit)
        return match
      }
      if (term === undefined || seen.has(term)) return match
      seen.add(term)
      return `[${term}](abbr:${term})`
    }),
  )
}
