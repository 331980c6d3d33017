/** What is known of one numbered reference of the article. */
export interface ReferenceInfo {
  /** Reference number as cited. */
  number: number
  /** What the source text itself says of it, or null when it says nothing beyond the number. */
  known: string | null
}

/** The article's reference list, as far as this edition knows it. */
export interface References {
  /** Highest reference number cited in the article. */
  count: number
  /** Statement that the list itself is not in the source. */
  statement: string
  /** What the text says of individual references. */
  known: readonly ReferenceInfo[]
}
