/** A sourced statement: text in or close to the source's words, with the sentences it comes from. */
export interface Sourced {
  /** The statement. */
  text: string
  /** Anchor ids of the sentences that state it (`s-<id>` in the case, `<section>-<p>-<s>` in prose). */
  sources: readonly string[]
}

/** Phases of the clinical course, in order. */
export const timelinePhases = ['before', 'investigation', 'treatment', 'follow-up'] as const
/** A phase of the clinical course. */
export type TimelinePhase = (typeof timelinePhases)[number]

/** An event of the clinical course. */
export interface TimelineEvent extends Sourced {
  /** Stable slug id; the anchor is `event-<id>`. */
  id: string
  /** When, relative and exactly as the source states it, or "Time not stated". */
  when: string
  /** Short label of the event. */
  label: string
  /** Phase it belongs to. */
  phase: TimelinePhase
}

/** A condition set beside transient osteoporosis of the hip. */
export interface Differential {
  /** Stable slug id. */
  id: string
  /** Name of the condition as the source writes it. */
  name: string
  /** What the source says of it in general, point by point. */
  points: readonly Sourced[]
  /** What this case showed that bears on it; empty when the report says nothing. */
  inThisCase: readonly Sourced[]
}

/** One item of the CARE case-report checklist. */
export interface CareItem {
  /** Item number in the checklist (1-13). */
  number: number
  /** Item name. */
  name: string
  /** What the checklist asks for. */
  asks: string
  /** How this report meets it, judged as strictly as a journal's checklist reviewer would. */
  status: 'reported' | 'partly' | 'not reported'
  /** A note on how. */
  note: string
  /** Where in this edition: route ids with an optional anchor. */
  where: readonly { route: string; anchor?: string }[]
}

/**
 * The words of one authors' sentence that a teaching step reveals, where the sentence spans two steps
 * (its first clause is known at one step, the rest only at the next).
 */
export interface SentencePart {
  /** Anchor of the whole sentence, one link away. */
  source: string
  /** The exact words of the sentence shown at this step (checked at build time). */
  words: string
}

/** What a teaching step reveals: a whole sentence (its anchor) or part of one. */
export type RevealItem = string | SentencePart

/** One step of the teaching walk-through. */
export interface TeachingStep {
  /** Title of the step (what the clinicians were doing), shown only with the reveal. */
  title: string
  /**
   * A generic teaching prompt shown before the reveal: it asks about what the audience has already
   * seen, with no clinical fact.
   */
  prompt: string
  /** The article's sentences (or parts of them) the step reveals, in the authors' order. */
  sentences: readonly RevealItem[]
  /** Ids of figures the step shows. */
  figures: readonly string[]
}
