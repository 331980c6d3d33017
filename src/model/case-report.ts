import type { Abbreviation } from './abbreviation'
import type { ArticleMeta } from './article'
import type { CaseSection } from './case'
import type { References } from './citation'
import type { EditorNote, KeyPoint } from './editor-note'
import type { Comparison, Figure } from './figure'
import type { ProseSection } from './prose'
import type { Repair } from './provenance'
import type { SpellingVariant } from './spelling'
import type { CareItem, Differential, TeachingStep, TimelineEvent } from './views'

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
  /** Panels set side by side, added by this edition. */
  comparisons: readonly Comparison[]
  /** What is known of the references. */
  references: References
  /** Abbreviations used in the text (and a few readers search for, marked as not in the text). */
  abbreviations: readonly Abbreviation[]
  /** British and American spellings of words the text uses, so that search finds either. */
  spellingVariants: readonly SpellingVariant[]
  /** The clinical course, added by this edition from the case's sentences. */
  timeline: readonly TimelineEvent[]
  /** The differential diagnosis, added by this edition from the source's statements. */
  differential: readonly Differential[]
  /** The CARE checklist against this report, added by this edition. */
  care: readonly CareItem[]
  /** The teaching walk-through, added by this edition. */
  teaching: readonly TeachingStep[]
  /** Editor's notes on the text itself, added by this edition. */
  notes: readonly EditorNote[]
  /** Key points for teaching, added by this edition, each traced to the authors' sentences. */
  keyPoints: readonly KeyPoint[]
  /** Repairs of the extraction, in the order applied. */
  repairs: readonly Repair[]
  /** Headings of the source, in order, that divide it into sections (front matter comes before the first). */
  sourceHeadings: readonly string[]
  /** Path of the unchanged source text inside the project. */
  sourceFile: string
}
