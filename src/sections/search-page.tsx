import { useDeferredValue, useMemo, useState } from 'react'
import { Link, useLocation, useNavigationType, useSearchParams } from 'react-router-dom'
import { SearchHits } from '../components/search-hits'
import { useIsClient } from '../components/use-is-client'
import { useSearch } from '../components/use-search'
import { paths } from '../lib/paths'
import type { ResultOrder, SearchOutcome } from '../lib/search-index'

const none: SearchOutcome = { hits: [], synonyms: [] }

/** What the status line says of a search, and which glossary entries widened it. */
function statusOf(query: string, outcome: SearchOutcome): string {
  const n = outcome.hits.length
  if (n === 0) return `Nothing in the article matches “${query}”.`
  const glossary = outcome.synonyms.map((p) => `${p.term} = ${p.expansion}`).join('; ')
  return `${n} ${n === 1 ? 'place matches' : 'places match'} “${query}”${glossary ? ` (glossary: ${glossary})` : ''}.`
}

/**
 * Search across the whole article, offline: results as the reader types, each linked to its place.
 * The index loads with this page; without JavaScript, the page points to the whole article on one
 * page for the browser's find in page.
 */
export function SearchPage() {
  const [params, setParams] = useSearchParams()
  // The prerendered page has no query: read it once running, so hydration matches.
  const isClient = useIsClient()
  const query = isClient ? (params.get('q') ?? '') : ''
  const order: ResultOrder = params.get('order') === 'article' ? 'article' : 'relevance'
  // What the reader typed, ahead of the URL that follows it. A query that comes from elsewhere (the
  // header's box, Back or Forward, the page opened with ?q=) replaces it; the box's own updates do not.
  const [typed, setTyped] = useState(query)
  const location = useLocation()
  const navigation = useNavigationType()
  const at = `${isClient}:${location.key}`
  const [seen, setSeen] = useState(at)
  if (at !== seen) {
    setSeen(at)
    const own = (location.state as { keepPlace?: boolean } | null)?.keepPlace && navigation !== 'POP'
    if (!own && typed !== query) setTyped(query)
  }
  const shown = useDeferredValue(typed.trim())
  const [inUse, setInUse] = useState(false)
  const { state, retry } = useSearch(inUse || shown !== '')
  const outcome = useMemo(
    () => (state.status === 'ready' && shown ? state.search(shown, order) : none),
    [state, shown, order],
  )
  const update = (q: string, nextOrder: ResultOrder, replace: boolean) => {
    const next: Record<string, string> = {}
    if (q.trim()) next.q = q.trim()
    if (nextOrder === 'article') next.order = 'article'
    setParams(next, { replace, state: { keepPlace: true } })
  }

  return (
    <article aria-labelledby="search-heading" className="search-page">
      <h1 id="search-heading">Search</h1>
      <form
        role="search"
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault()
          update(typed, order, false)
        }}
      >
        <label htmlFor="search-page-input">Words to find</label>
        <input
          id="search-page-input"
          type="search"
          name="q"
          value={typed}
          autoComplete="off"
          aria-describedby="search-help"
          onFocus={() => setInUse(true)}
          onChange={(e) => {
            setTyped(e.target.value)
            update(e.target.value, order, true)
          }}
        />
        <button type="submit">Search</button>
      </form>
      <p id="search-help" className="search-help">
        Results appear as you type. A word is found from its first letters or with a slip of spelling, an abbreviation
        with its expansion, British spelling with American.
      </p>
      <fieldset className="search-order">
        <legend>List results</legend>
        {(['relevance', 'article'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="order"
              value={value}
              checked={order === value}
              onChange={() => update(typed, value, true)}
            />{' '}
            {value === 'relevance' ? 'Best match first' : 'In article order'}
          </label>
        ))}
      </fieldset>
      <section className="search-results" aria-label="Results">
        <noscript>
          <p className="search-note">
            Search needs JavaScript. Without it, open <Link to={paths.full}>the whole article on one page</Link> and use
            your browser’s find in page.
          </p>
        </noscript>
        <p role="status" className="search-status">
          {!shown
            ? ''
            : state.status === 'loading' || state.status === 'idle'
              ? 'Loading the search…'
              : state.status === 'failed'
                ? 'The search could not be loaded.'
                : statusOf(shown, outcome)}
        </p>
        {state.status === 'failed' && (
          <button type="button" onClick={retry}>
            Try again
          </button>
        )}
        <SearchHits hits={outcome.hits} />
      </section>
    </article>
  )
}
