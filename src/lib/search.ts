import type { CaseReport } from '../model/case-report'
import { plainText } from './plain-text'
import { sentenceIndex } from './sentence-index'

/** A searchable piece of the article: a sentence or a caption, with where it stands. */
export interface SearchDoc {
  /** Path of the page that shows it. */
  path: string
  /** Element id it can be linked to. */
  anchor: string
  /** What the reader sees. */
  text: string
}

/** One hit: where, and the text around the first match. */
export interface SearchHit {
  /** The document found. */
  doc: SearchDoc
  /** Text before the match (trimmed to a few words). */
  before: string
  /** The matched text, as written. */
  match: string
  /** Text after the match. */
  after: string
}

/** Every sentence and caption of the article, as search documents. */
export function searchDocs(report: CaseReport): SearchDoc[] {
  const labels = new Map(report.figures.map((f) => [f.id as string, `${f.label}: `]))
  return [...sentenceIndex(report)].map(([anchor, s]) => ({
    path: s.path,
    anchor,
    text: `${labels.get(anchor) ?? ''}${plainText(s.markdown)}`,
  }))
}

const fold = (text: string) => text.toLowerCase().replace(/[\u2010-\u2015]/g, '-')

/**
 * Documents that hold every word of the query (any case), in article order. The match shown is the
 * whole query where it stands as a phrase, else its first word; the context around it is cut at
 * word boundaries.
 */
export function search(docs: readonly SearchDoc[], query: string, context = 60): SearchHit[] {
  const phrase = fold(query).trim().replace(/\s+/g, ' ')
  const words = phrase.split(' ').filter(Boolean)
  if (words.length === 0) return []
  return docs
    .filter((doc) => words.every((w) => fold(doc.text).includes(w)))
    .map((doc) => {
      const text = fold(doc.text)
      const whole = text.indexOf(phrase)
      const at = whole >= 0 ? whole : text.indexOf(words[0])
      const end = at + (whole >= 0 ? phrase.length : words[0].length)
      let start = Math.max(0, at - context)
      let stop = Math.min(doc.text.length, end + context)
      // Cut the context at word boundaries, never inside a word.
      if (start > 0 && doc.text[start - 1] !== ' ') start = Math.min(at, doc.text.indexOf(' ', start) + 1 || at)
      if (stop < doc.text.length && doc.text[stop] !== ' ') stop = Math.max(end, doc.text.lastIndexOf(' ', stop))
      return {
        doc,
        before: (start > 0 ? '…' : '') + doc.text.slice(start, at),
        match: doc.text.slice(at, end),
        after: doc.text.slice(end, stop) + (stop < doc.text.length ? '…' : ''),
      }
    })
}
