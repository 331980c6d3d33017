/** One word the article spells one way that readers may spell the other way. */
export interface SpellingVariant {
  /** The American spelling, e.g. "edema". */
  american: string
  /** The British spelling, e.g. "oedema". */
  british: string
}
