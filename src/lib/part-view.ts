import type { CaseParagraph, CasePartId, CaseSentence } from '../model/case'

/** A sentence as a page shows it. */
export interface ShownSentence {
  /** The sentence. */
  sentence: CaseSentence
  /** True when it belongs to the page (marked, and its anchor is on this page); false when shown for context. */
  own: boolean
}

/** A paragraph of the authors' narrative, or a stretch of one, as a page shows it. */
export interface PartParagraph {
  /** Id of the source paragraph. */
  id: string
  /** True for a stretch that goes on from a paragraph split by a heading (it carries no paragraph id). */
  continues: boolean
  /** Its sentences in the authors' order. */
  sentences: ShownSentence[]
}

/**
 * The paragraphs of the narrative that have sentences on `part`, each whole and in the authors' order,
 * so that a sentence is never cut from the reason before it; the part's own sentences are marked.
 */
export function partParagraphs(narrative: readonly CaseParagraph[], part: CasePartId): PartParagraph[] {
  return narrative
    .filter((p) => p.sentences.some((s) => s.part === part))
    .map((p) => ({
      id: p.id,
      continues: false,
      sentences: p.sentences.map((sentence) => ({ sentence, own: sentence.part === part })),
    }))
}

/** The part of the case whose page shows a sentence, or undefined for an unknown id. */
export function partOfSentence(narrative: readonly CaseParagraph[], id: string): CasePartId | undefined {
  for (const p of narrative) for (const s of p.sentences) if (s.id === id) return s.part
  return undefined
}

/** Every paragraph of the narrative with all its sentences, for reading the case straight through. */
export function allParagraphs(narrative: readonly CaseParagraph[]): PartParagraph[] {
  return narrative.map((p) => ({
    id: p.id,
    continues: false,
    sentences: p.sentences.map((sentence) => ({ sentence, own: true })),
  }))
}
