/** Split prose into its paragraphs. */
export function paragraphs(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
}

// A sentence ends at . ? or !, optionally followed by a citation link `[[1-6]](cite:1-6)`, before a
// capital letter or an opening quote or bracket.
const boundary = /(?<=[.?!](?:\[\[[^\]]*\]\]\(cite:[^)]*\))?)\s+(?=[A-Z“"(])/u

/** Split a markdown paragraph into its sentences (markdown kept as written). */
export function splitMarkdownSentences(paragraph: string): string[] {
  return paragraph.trim().split(boundary).filter(Boolean)
}

/** Anchor id of sentence `s` (from 1) of paragraph `p` (from 1) of a prose section. */
export function proseSentenceAnchor(section: string, p: number, s: number): string {
  return `${section}-${p}-${s}`
}
