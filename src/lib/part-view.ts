import type { CaseParagraph, CasePartId, CaseSentence } from '../model/case'

/** A run of consecutive sentences of one paragraph that another page of the case shows. */
export interface ElsewhereRun {
  /** The page they are on. */
  part: CasePartId
  /** Id of the first sentence of the run. */
  sentenceId: string
  /** How many sentences the run has. */
  count: number
}

/** One item of a paragraph as a case page shows it. */
export type PartItem =
  | { kind: 'sentence'; sentence: CaseSentence }
  | {
      /** Sentences of the paragraph shown on other pages, between two of this page's (or at an end). */
      kind: 'elsewhere'
      /** Their runs, page by page, in the authors' order. */
      runs: ElsewhereRun[]
    }

/** A paragraph of the authors' narrative as one case page shows it. */
export interface PartParagraph {
  /** Id of the source paragraph. */
  id: string
  /** Its sentences on this page, with markers where the paragraph goes on elsewhere. */
  items: PartItem[]
}

/**
 * The paragraphs of the narrative that have sentences on `part`, keeping the authors' order and
 * marking each run of sentences of the same paragraph that another page shows.
 */
export function partParagraphs(narrative: readonly CaseParagraph[], part: CasePartId): PartParagraph[] {
  return narrative
    .filter((p) => p.sentences.some((s) => s.part === part))
    .map((p) => {
      const items: PartItem[] = []
      for (const sentence of p.sentences) {
        const last = items.at(-1)
        if (sentence.part === part) {
          items.push({ kind: 'sentence', sentence })
          continue
        }
        const marker = last?.kind === 'elsewhere' ? last : { kind: 'elsewhere' as const, runs: [] }
        if (marker !== last) items.push(marker)
        const run = marker.runs.at(-1)
        if (run?.part === sentence.part) run.count += 1
        else marker.runs.push({ part: sentence.part, sentenceId: sentence.id, count: 1 })
      }
      return { id: p.id, items }
    })
}

/** The part of the case whose page shows a sentence, or undefined for an unknown id. */
export function partOfSentence(narrative: readonly CaseParagraph[], id: string): CasePartId | undefined {
  for (const p of narrative) for (const s of p.sentences) if (s.id === id) return s.part
  return undefined
}

/** Every paragraph of the narrative with all its sentences, for reading the case straight through. */
export function allParagraphs(narrative: readonly CaseParagraph[]): PartParagraph[] {
  return narrative.map((p) => ({ id: p.id, items: p.sentences.map((sentence) => ({ kind: 'sentence', sentence })) }))
}
