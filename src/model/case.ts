import type { Markdown } from './prose'

/** The parts a case is divided into, in reading order. */
export const casePartIds = ['presentation', 'imaging', 'labs', 'management', 'follow-up'] as const
/** One part of the case. */
export type CasePartId = (typeof casePartIds)[number]

/** One sentence of the authors' case narrative. */
export interface CaseSentence {
  /** Stable id, used as the sentence's anchor (`s-<id>`) and by structured entries. */
  id: string
  /** The part of the case whose page shows this sentence. */
  part: CasePartId
  /** The sentence, word for word, as inline markdown. */
  markdown: Markdown
}

/** A paragraph of the case narrative as the authors wrote it. */
export interface CaseParagraph {
  /** Stable id of the paragraph. */
  id: string
  /** Its sentences in the authors' order. */
  sentences: readonly CaseSentence[]
}

/** A statement of the structured summary, always traced to the sentences it comes from. */
export interface Traced {
  /** The fact in the source's words (or a label of it), never a value the source does not give. */
  text: string
  /** Ids of the case sentences that state it. */
  sources: readonly string[]
}

/** History and examination at presentation. */
export interface Presentation {
  /** Facts of the history, in the order told. */
  history: readonly Traced[]
  /** Findings on examination. */
  examination: readonly Traced[]
}

/** One imaging study. */
export interface ImagingStudy {
  /** Stable slug id, e.g. "mri-stir". */
  id: string
  /** Modality, e.g. "X-ray", "MRI". */
  modality: string
  /** Region, view or sequence as stated. */
  view: string
  /** When it was done, relative as the source states it, or "not stated". */
  when: string
  /** What it showed, in the source's words. */
  findings: string
  /** What it showed or ruled out for the diagnosis, as reported; null when the source says nothing. */
  significance: string | null
  /** Ids of figures or figure panels showing it. */
  figures: readonly string[]
  /** Ids of the case sentences that report it. */
  sources: readonly string[]
}

/** One laboratory test. */
export interface LabResult {
  /** Stable slug id, e.g. "crp". */
  id: string
  /** Test name as the source writes it. */
  name: string
  /** Value as reported ("140.50"); null where the source gives no value. */
  value: string | null
  /** Unit of the value; null where the source does not state one. */
  unit: string | null
  /** Interpretation as reported, e.g. "elevated", "normal". */
  interpretation: string
  /** True when the source reports the result as abnormal. */
  abnormal: boolean
  /** Ids of the case sentences that report it. */
  sources: readonly string[]
}

/** A treatment given. */
export interface Intervention {
  /** Stable slug id. */
  id: string
  /** What was given or advised, in the source's words. */
  text: string
  /** When, relative as stated, or "not stated". */
  when: string
  /** What followed, as reported; null when not reported. */
  outcome: string | null
  /** Ids of the case sentences that report it. */
  sources: readonly string[]
}

/** A treatment deliberately not given. */
export interface WithheldTreatment {
  /** Stable slug id. */
  id: string
  /** The treatment withheld. */
  text: string
  /** The reason, as stated. */
  reason: string
  /** Ids of the case sentences that report it. */
  sources: readonly string[]
}

/** Management of the case. */
export interface Management {
  /** Interventions given, in the order reported. */
  interventions: readonly Intervention[]
  /** Treatments withheld and why. */
  withheld: readonly WithheldTreatment[]
}

/** A time point of follow-up. */
export interface FollowUpPoint {
  /** Stable slug id. */
  id: string
  /** The time as stated, relative, e.g. "16 weeks". */
  when: string
  /** Outcomes reported at that time, in the source's words. */
  outcomes: readonly string[]
  /** Ids of the case sentences that report it. */
  sources: readonly string[]
}

/** A heading this edition sets in the narrative where the case moves to one of its parts. */
export interface CaseHeading {
  /** Stable slug id of the heading (a deep-link target on the case page). */
  id: string
  /** The heading's words. */
  text: string
  /** Heading level on the case page: 2 for a part, 3 for a step within one. */
  level: 2 | 3
  /** The part of the case this stretch of the narrative is about (its page shows the structured view). */
  part: CasePartId
  /** Id of the sentence the heading stands before; a heading inside a paragraph splits it there. */
  startsAt: string
}

/** The case: the authors' narrative and a structured summary traced to it. */
export interface CaseSection {
  /** Stable id of the section. */
  id: string
  /** Heading shown in this edition. */
  heading: string
  /** Heading as printed in the source text. */
  sourceHeading: string
  /** File the narrative comes from, for error messages. */
  file: string
  /** The narrative, paragraph by paragraph in the authors' order. */
  narrative: readonly CaseParagraph[]
  /** Headings set in the narrative, in reading order, added by this edition. */
  headings: readonly CaseHeading[]
  /** History and examination. */
  presentation: Presentation
  /** Imaging studies in the order reported. */
  imaging: readonly ImagingStudy[]
  /** Laboratory tests in the order reported. */
  labs: readonly LabResult[]
  /** Management. */
  management: Management
  /** Follow-up time points in time order. */
  followUp: readonly FollowUpPoint[]
}
