import type { CasePartId } from '../model/case'
import type { CaseReport } from '../model/case-report'
import type { CitingPlace } from '../model/compiled'
import { referenceCiters } from './citing'
import type { View } from './routes'
import { markFirstAbbreviations } from './abbreviations'
import { citationNumbers, findReferences } from './references'
import { sentenceAnchor } from './paths'
import { revealKey, revealMarkdown, revealSource } from './reveal'
import { proseSentences, sentenceIndex } from './sentence-index'

/** One markdown block of a page, in the order the page renders it. */
export interface PageBlock {
  /** Key the rendering component asks for. */
  key: string
  /** The markdown as written in content. */
  markdown: string
}

/**
 * The markdown blocks a view renders through compiled text, in render order (views that show text
 * only as plain text, such as the figure list and viewer, list none).
 */
export function pageBlocks(view: View, report: CaseReport, path = ''): PageBlock[] {
  const param = path.split('/').pop() ?? ''
  const prose = (section: 'abstract' | 'introduction' | 'discussion') =>
    proseSentences(report[section]).flatMap((p) => p.map((s) => ({ key: s.anchor, markdown: s.markdown })))
  // A case page shows whole paragraphs: every sentence of a paragraph that has one of the page's.
  const sentences = (keep: (part: CasePartId) => boolean) =>
    report.case.narrative
      .filter((p) => p.sentences.some((s) => keep(s.part)))
      .flatMap((p) => p.sentences.map((s) => ({ key: sentenceAnchor(s.id), markdown: s.markdown })))
  const captions = (keep: (part: CasePartId) => boolean) =>
    report.figures.filter((f) => keep(f.part)).map((f) => ({ key: `caption:${f.id}`, markdown: f.caption }))
  switch (view.kind) {
    case 'prose':
      return prose(view.section)
    case 'case-part': {
      const here = (part: CasePartId) => part === view.part
      return [...sentences(here), ...captions(here)]
    }
    case 'case-overview': {
      const all = () => true
      return [...sentences(all), ...captions(all)]
    }
    case 'teach-step':
    case 'slides': {
      // The step shows the authors' sentences (or the part of one that belongs to it); the teaching page shows
      // its figures as images only, slide mode each with its caption.
      const step = report.teaching[Number(param) - 1]
      if (!step) return []
      const index = sentenceIndex(report)
      const reveal = step.sentences.map((item) => ({
        key: revealKey(item),
        markdown: revealMarkdown(item, index.get(revealSource(item))?.markdown ?? ''),
      }))
      if (view.kind === 'teach-step') return reveal
      const figures = report.figures.filter((f) => step.figures.includes(f.id))
      return [...reveal, ...figures.map((f) => ({ key: `caption:${f.id}`, markdown: f.caption }))]
    }
    case 'handout': {
      // Every step's reveal, and the captions of the figures the steps show.
      const index = sentenceIndex(report)
      const reveal = report.teaching.flatMap((step) =>
        step.sentences.map((item) => ({
          key: revealKey(item),
          markdown: revealMarkdown(item, index.get(revealSource(item))?.markdown ?? ''),
        })),
      )
      const shown = report.figures.filter((f) => report.teaching.some((s) => s.figures.includes(f.id)))
      return [...reveal, ...shown.map((f) => ({ key: `caption:${f.id}`, markdown: f.caption }))]
    }
    case 'full': {
      const all = () => true
      return [
        ...prose('abstract'),
        ...prose('introduction'),
        ...sentences(all),
        ...prose('discussion'),
        ...captions(all),
      ]
    }
    default:
      return []
  }
}

/** What a page needs of its text: marked markdown by key and the references it cites. */
export interface PageTextData {
  /** Marked markdown by block key. */
  marked: ReadonlyMap<string, string>
  /** Reference numbers cited on the page, ascending. */
  citations: number[]
  /** For each of them, the sentences of the article that cite it. */
  citedBy: Record<number, CitingPlace[]>
}

/** The first words of a sentence, as the label of a link to it. */
export function opening(text: string, words = 9): string {
  const all = text.split(' ')
  return all.length <= words
    ? text
    : `${all
        .slice(0, words)
        .join(' ')
        .replace(/[,;:]$/, '')}…`
}

/** Compute a page's text data once: abbreviations marked at first use, citations collected. */
export function pageTextData(view: View, report: CaseReport, path = ''): PageTextData {
  const blocks = pageBlocks(view, report, path)
  // Only a term with an expansion is marked: there is nothing to show for one the article never expands.
  const terms = report.abbreviations.filter((a) => a.expansion !== null).map((a) => a.term)
  const marked = markFirstAbbreviations(
    blocks.map((b) => b.markdown),
    terms,
  )
  const cited = new Set<number>()
  for (const b of blocks)
    for (const ref of findReferences(b.markdown))
      if (ref.kind === 'cite') for (const n of citationNumbers(ref.target) ?? []) cited.add(n)
  const citations = [...cited].sort((a, b) => a - b)
  const citers = referenceCiters(report)
  return {
    marked: new Map(blocks.map((b, i) => [b.key, marked[i]])),
    citations,
    citedBy: Object.fromEntries(
      citations.map((n) => [
        n,
        (citers.get(n) ?? []).map((u) => ({
          id: u.id,
          path: u.path,
          place: `${u.page}, ${u.section.toLowerCase()}`,
          opening: opening(u.text),
        })),
      ]),
    ),
  }
}
