import type { RevealItem } from '../model/views'

/** The anchor of the sentence a reveal item shows (whole or in part). */
export function revealSource(item: RevealItem): string {
  return typeof item === 'string' ? item : item.source
}

/** The key of a reveal item's compiled text on a page: the anchor, or the anchor and its part's words. */
export function revealKey(item: RevealItem): string {
  return typeof item === 'string' ? item : `${item.source}|${item.words}`
}

/** The markdown a reveal item shows, given its whole sentence's markdown. */
export function revealMarkdown(item: RevealItem, sentence: string): string {
  return typeof item === 'string' ? sentence : item.words
}

/** Whether a reveal item shows part of its sentence only. */
export function isPart(item: RevealItem): item is Exclude<RevealItem, string> {
  return typeof item !== 'string'
}
