/** Words quoted from one sentence or caption of the article. */
export interface NoteQuote {
  /** Anchor of the sentence (`s-<id>`, `<section>-<p>-<s>`) or caption (`figure-<n>`) quoted. */
  source: string
  /** The quoted words, exactly as the sentence has them (checked at build time). */
  words: string
}

/** What an editor's note describes: never clinical knowledge from outside the article. */
export type EditorNoteKind = 'disagreement' | 'not stated' | 'as printed'

/**
 * A note this edition adds about the text itself: where the source disagrees with itself, what it
 * leaves unstated, or what is kept as printed. It is shown at every place it is attached to.
 */
export interface EditorNote {
  /** Stable slug id; its anchor on the about page is `note-<id>`. */
  id: string
  /** What the note describes. */
  kind: EditorNoteKind
  /** A short heading naming the point, e.g. "The source disagrees with itself on a subchondral fracture". */
  title: string
  /** The note, in plain words, describing only what the article says or leaves unsaid. */
  text: string
  /** The words of the article the note speaks of, each linked to its sentence. */
  quotes: readonly NoteQuote[]
  /**
   * Where the note is shown: sentence anchors, figure ids (the caption), imaging and lab ids,
   * timeline events (`event-<id>`), differential entries (`differential-<id>`), comparisons, follow-up
   * points (`follow-up-<id>`) and teaching steps (`teach-<n>`).
   */
  attachTo: readonly string[]
}

/** A learning point for teaching: a traced summary of the authors' own sentences. */
export interface KeyPoint {
  /** The point, in or close to the authors' words. */
  text: string
  /** Anchors of the sentences it summarises. */
  sources: readonly string[]
}
