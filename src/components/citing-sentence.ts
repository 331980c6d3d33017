import { createContext, use } from 'react'

const CitingSentence = createContext<string | null>(null)

/** Tells the citations inside a sentence which sentence they stand in (its anchor id). */
export const CitingSentenceProvider = CitingSentence.Provider

/** The anchor of the sentence a citation stands in, if it stands in one. */
export function useCitingSentence(): string | null {
  return use(CitingSentence)
}

/** What a citation link tells the reference list it leads to: where the reader came from. */
export interface CitationState {
  /** Anchor of the citing sentence. */
  citedFrom: string
  /** The reference numbers the followed link names (a range names several). */
  cited: number[]
}

/** The citation state of a location, if it was reached through a citation. */
export function citationState(state: unknown): CitationState | null {
  const s = state as Partial<CitationState> | null
  return s && typeof s.citedFrom === 'string' && Array.isArray(s.cited) ? (s as CitationState) : null
}
