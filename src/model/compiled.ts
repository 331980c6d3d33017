/**
 * Markdown compiled at build time by markdown-to-jsx (raw HTML disabled): text, or an element as
 * `[tag, attributes, ...children]`. The client renders it through the one overrides map, so no
 * markdown parser ships to the reader.
 */
export type CompiledNode = string | CompiledElement

/** An element markdown-to-jsx made: its tag, its string attributes (or null) and its children. */
export type CompiledElement = [tag: string, props: Readonly<Record<string, string>> | null, ...children: CompiledNode[]]

/** One compiled block of inline markdown (a sentence or a caption). */
export type CompiledInline = readonly CompiledNode[]

/** What one page renders of the article's text, compiled: blocks by key, and the references it cites. */
export interface CompiledPageText {
  /** Compiled block by key (`<sentence anchor>`, `caption:<figure id>`), abbreviations marked at first use. */
  blocks: Readonly<Record<string, CompiledInline>>
  /** Reference numbers cited on the page, ascending. */
  citations: readonly number[]
  /** For each reference cited on the page, every sentence of the article that cites it, in reading order. */
  citedBy: Readonly<Record<number, readonly CitingPlace[]>>
}

/** A sentence that cites a reference, as the reference list links to it. */
export interface CitingPlace {
  /** The sentence's anchor id. */
  id: string
  /** Path of the page that shows it. */
  path: string
  /** Where it stands, e.g. "Introduction, paragraph 1". */
  place: string
  /** Its first words, as the link's text. */
  opening: string
}
