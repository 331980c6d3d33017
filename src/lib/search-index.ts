import MiniSearch, { type AsPlainObject, type Options } from 'minisearch'
import type { CaseReport } from '../model/case-report'
import { searchableUnits, type SearchableUnit } from './searchable-units'
import {
  highlight,
  holdsPhrase,
  queryForms,
  synonymPairs,
  termFolder,
  words,
  type QueryForm,
  type SynonymPair,
  type TextPiece,
} from './search-terms'

/** The search index as data: what the build writes and the app loads. */
export type SearchIndexData = AsPlainObject

/** How results are listed. */
export type ResultOrder = 'relevance' | 'article'

/** One unit found, with the text to show and its matched words marked. */
export interface SearchHit {
  /** The unit found. */
  unit: SearchableUnit
  /** Its text in pieces, matched words marked. */
  pieces: TextPiece[]
  /** True when the unit holds the query (or a synonym of it) as a whole phrase. */
  phrase: boolean
}

/** What a search found. */
export interface SearchOutcome {
  /** Hits in the order asked for. */
  hits: SearchHit[]
  /** Glossary entries that widened the query (e.g. AVN for "avascular necrosis"). */
  synonyms: SynonymPair[]
}

// Words of expansions that carry no meaning of their own ("of the hip").
const functionWords = new Set(['the', 'and', 'for', 'with'])

function indexOptions(report: CaseReport): Options<SearchableUnit> {
  return { idField: 'id', fields: ['text'], tokenize: words, processTerm: termFolder(report.spellingVariants) }
}

/** Build the index of every searchable unit (at build time; the app loads the result). */
export function buildSearchIndex(report: CaseReport): SearchIndexData {
  const index = new MiniSearch(indexOptions(report))
  index.addAll(searchableUnits(report))
  return index.toJSON()
}

/**
 * A search over a built index. Units come from the report, as the index was built, so the index
 * holds no copy of the text. Words are matched from their start and forgive a typo or two; a
 * glossary abbreviation is matched only as a whole word, so "TOH" is never part of another word.
 */
export function loadSearch(report: CaseReport, data: SearchIndexData) {
  const options = indexOptions(report)
  const fold = termFolder(report.spellingVariants)
  const index = MiniSearch.loadJS<SearchableUnit>(data, options)
  const units = searchableUnits(report)
  const position = new Map(units.map((u, i) => [u.id, i]))
  const byId = new Map(units.map((u) => [u.id, u]))
  const pairs = synonymPairs(report.abbreviations, fold)
  const abbreviated = new Set(pairs.flatMap((p) => p.short))
  const exact = (term: string) => abbreviated.has(term) || /^\d+$/.test(term)
  const searchOptions = {
    combineWith: 'AND' as const,
    prefix: (term: string) => !exact(term) && term.length >= 3,
    fuzzy: (term: string) => (!exact(term) && term.length >= 5 ? 0.2 : false),
  }

  return function search(query: string, order: ResultOrder = 'relevance'): SearchOutcome {
    const terms = words(query).map(fold)
    if (terms.length === 0) return { hits: [], synonyms: [] }
    const forms: QueryForm[] = queryForms(terms, pairs)
    // Short words a synonym brings in ("of the" in an expansion) are searched but not marked.
    const quiet = forms
      .flatMap((f) => f.terms)
      .filter((t) => (t.length <= 2 || functionWords.has(t)) && !exact(t) && !terms.includes(t))
    const shown = (term: string) => !quiet.some((q) => term === q || (q.length === 3 && term.startsWith(q)))
    const results = index.search({
      combineWith: 'OR',
      queries: forms.map((f) => ({ ...searchOptions, queries: [f.terms.join(' ')] })),
    })
    const hits = results.flatMap((r) => {
      const unit = byId.get(r.id as string)
      if (!unit) return []
      const phrase = holdsPhrase(words(unit.text).map(fold), forms)
      return [{ unit, pieces: highlight(unit.text, new Set(r.terms.filter(shown)), fold), phrase, score: r.score }]
    })
    hits.sort((a, b) =>
      order === 'article'
        ? position.get(a.unit.id)! - position.get(b.unit.id)!
        : Number(b.phrase) - Number(a.phrase) || b.score - a.score,
    )
    return {
      hits: hits.map(({ unit, pieces, phrase }) => ({ unit, pieces, phrase })),
      synonyms: forms.flatMap((f) => (f.via ? [f.via] : [])),
    }
  }
}

/** A loaded search: query and order in, hits out. */
export type Search = ReturnType<typeof loadSearch>
