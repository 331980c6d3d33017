import type { Abbreviation } from '../model/abbreviation'
import type { SpellingVariant } from '../model/spelling'

/** The words of a text as written: runs of letters and digits ("C-reactive" is "C" and "reactive"). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? []
}

/**
 * How a word is compared, in the index and in a query: lower case, accents dropped, and a British
 * spelling read as its American twin (so "oedema" and "edema" are one term).
 */
export function termFolder(variants: readonly SpellingVariant[]): (word: string) => string {
  const same = new Map(variants.map((v) => [v.british, v.american] as const))
  return (word) => {
    const folded = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    return same.get(folded) ?? folded
  }
}

/** A glossary entry as terms: the abbreviation's words and its expansion's. */
export interface SynonymPair {
  /** The abbreviation as written, e.g. "AVN". */
  term: string
  /** Its expansion, e.g. "avascular necrosis". */
  expansion: string
  /** The abbreviation's folded words. */
  short: string[]
  /** The expansion's folded words. */
  long: string[]
}

/** The glossary as synonym pairs, folded as the index folds words. */
export function synonymPairs(abbreviations: readonly Abbreviation[], fold: (w: string) => string): SynonymPair[] {
  return abbreviations.flatMap((a) =>
    a.expansion === null
      ? []
      : [{ term: a.term, expansion: a.expansion, short: words(a.term).map(fold), long: words(a.expansion).map(fold) }],
  )
}

/** Where `run` stands in `terms` as consecutive words, or -1. */
export function findRun(terms: readonly string[], run: readonly string[]): number {
  if (run.length === 0) return -1
  outer: for (let i = 0; i + run.length <= terms.length; i++) {
    for (let j = 0; j < run.length; j++) if (terms[i + j] !== run[j]) continue outer
    return i
  }
  return -1
}

/** A query as searched: its folded words, and which glossary entry turned it into these, if any. */
export interface QueryForm {
  /** Folded words, all of which a hit holds. */
  terms: string[]
  /** The glossary entry that gave this form, for "also searched" notes. */
  via?: SynonymPair
}

/**
 * The forms a query is searched in: as typed, and with each glossary abbreviation it names replaced
 * by its expansion or each expansion by its abbreviation ("AVN" also searches "avascular necrosis";
 * "magnetic resonance", the start of an expansion, also searches "MR" and "MRI").
 */
export function queryForms(terms: readonly string[], pairs: readonly SynonymPair[]): QueryForm[] {
  const forms: QueryForm[] = [{ terms: [...terms] }]
  const seen = new Set([terms.join(' ')])
  const add = (next: string[], via: SynonymPair) => {
    const key = next.join(' ')
    if (seen.has(key)) return
    seen.add(key)
    forms.push({ terms: next, via })
  }
  const replace = (at: number, length: number, by: readonly string[]) => [
    ...terms.slice(0, at),
    ...by,
    ...terms.slice(at + length),
  ]
  for (const pair of pairs) {
    const short = findRun(terms, pair.short)
    if (short >= 0) add(replace(short, pair.short.length, pair.long), pair)
    const long = findRun(terms, pair.long)
    if (long >= 0) add(replace(long, pair.long.length, pair.short), pair)
    else if (terms.length >= 2 && terms.length < pair.long.length && findRun(pair.long, terms) === 0)
      add([...pair.short], pair)
  }
  return forms
}

/**
 * True when the text holds the words of one of the forms one after another (the last may be the
 * start of a word, as while typing).
 */
export function holdsPhrase(textTerms: readonly string[], forms: readonly QueryForm[]): boolean {
  return forms.some(({ terms }) => {
    if (terms.length < 2) return false
    const head = terms.slice(0, -1)
    const last = terms[terms.length - 1]
    for (let at = findRun(textTerms, head); at >= 0 && at + head.length < textTerms.length;) {
      if (textTerms[at + head.length].startsWith(last)) return true
      const next = findRun(textTerms.slice(at + 1), head)
      at = next < 0 ? -1 : at + 1 + next
    }
    return false
  })
}

/** A run of text, marked when it is a matched word (adjacent matched words share one mark). */
export interface TextPiece {
  /** The text as written. */
  text: string
  /** True for matched words. */
  mark: boolean
}

/** Split a text into pieces, marking every word whose folded form is among the matched terms. */
export function highlight(text: string, matched: ReadonlySet<string>, fold: (w: string) => string): TextPiece[] {
  const pieces: TextPiece[] = []
  const parts = text.split(/([\p{L}\p{N}]+)/u)
  parts.forEach((part, i) => {
    if (!part) return
    const mark = i % 2 === 1 && matched.has(fold(part))
    const last = pieces[pieces.length - 1]
    // A single space between two marked words joins them into one mark.
    const joins = mark && last && !last.mark && last.text === ' ' && pieces[pieces.length - 2]?.mark
    if (joins) {
      pieces.pop()
      pieces[pieces.length - 1].text += ` ${part}`
    } else if (last && last.mark === mark) last.text += part
    else pieces.push({ text: part, mark })
  })
  return pieces
}
