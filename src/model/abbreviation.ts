/** An abbreviation used in the text. */
export interface Abbreviation {
  /** The abbreviation exactly as written, e.g. "TOH". */
  term: string
  /** Its expansion; null when the article never expands it (this edition supplies none from outside it). */
  expansion: string | null
  /** True when the source itself spells it out; false when this edition supplies the expansion. */
  definedInSource: boolean
  /** True for an abbreviation the text does not use, listed so that search finds its expansion. */
  notInText?: boolean
}
