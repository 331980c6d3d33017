import type { Abbreviation } from './abbreviation'
import type { ArticleMeta } from './article'
import type { CaseSection } from './case'
import type { References } from './citation'
import type { Figure } from './figure'
import type { ProseSection } from './prose'
import type { Repair } from './provenance'

/** The whole case report: the schema every content object is checked against. */
export interface CaseReport {
  /** Bibliographic record. */
  meta: ArticleMeta
  /** The abstract. */
  abstract: ProseSection
  /** The introduction. */
  introduction: ProseSection
  /** The case. */
  case: CaseSection
  /** The discussion. */
  discussion: ProseSection
  /** Figures in number order. */
  figures: readonly Figure[]
  /** What is known of the references. */
  references: References
  /** Abbreviations used in the text. */
  abbreviations: readonly Abbreviation[]
  /** Repairs of the extraction, in the order applied. */
  repairs: readonly Repair[]
  /** Headings of the source, in order, that divide it into sections (front matter comes before the first). */
  sourceHeadings: readonly string[]
  /** Path of the unchanged source text inside the project. */
  sourceFile: string
}
