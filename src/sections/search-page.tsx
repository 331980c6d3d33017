import { useMemo } from 'react'
import { Link, useSearchParams } from 'react-router-dom'
import { useIsClient } from '../components/use-is-client'
import { search, searchDocs } from '../lib/search'
import { routes } from '../lib/routes'
import type { SectionProps } from './section-props'

/** Search across the whole article, offline: hits in context, each a link to its place. */
export function SearchPage({ report }: SectionProps) {
  const [params, setParams] = useSearchParams()
  // The prerendered page has no query: read it once running, so hydration matches.
  const isClient = useIsClient()
  const query = isClient ? (params.get('q') ?? '') : ''
  const docs = useMemo(() => searchDocs(report), [report])
  const hits = useMemo(() => search(docs, query), [docs, query])
  const labels = new Map(routes.map((r) => [r.path as string, r.label]))
  return (
    <article aria-labelledby="search-heading">
      <h1 id="search-heading">Search</h1>
      <form
        role="search"
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault()
          const q = new FormData(e.currentTarget).get('q')
          setParams(q ? { q: String(q) } : {})
        }}
      >
        <label htmlFor="search-page-input">Words to find</label>
        <input id="search-page-input" type="search" name="q" defaultValue={query} key={query} />
        <button type="submit">Search</button>
      </form>
      {query && (
        <p role="status">
          {hits.length === 0
            ? `No sentence holds “${query}”.`
            : `${hits.length} ${hits.length === 1 ? 'place holds' : 'places hold'} “${query}”.`}
        </p>
      )}
      <ol className="search-hits">
        {hits.map((hit) => (
          <li key={hit.doc.anchor}>
            <Link to={{ pathname: hit.doc.path, hash: `#${hit.doc.anchor}` }}>{labels.get(hit.doc.path)}</Link>
            <p>
              {hit.before}
              <mark>{hit.match}</mark>
              {hit.after}
            </p>
          </li>
        ))}
      </ol>
    </article>
  )
}
