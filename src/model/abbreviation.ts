/** An abbreviation used in the text. */
export interface Abbreviation {
  /** The abbreviation exactly as written, e.g. "TOH". */
  term: string
  /** Its expansion. */
  expansion: string
  /** True when the source itself spells it out; false when this edition supplies the expansion. */
  definedInSource: boolean
  /** True for an abbreviation the text does not use, listed so that search finds its expansion. */
  notInText?: boolean
}
