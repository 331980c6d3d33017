import { useEffect, useState } from 'react'
import type { CaseReport } from '../model/case-report'
import type { Search } from '../lib/search-index'
import { useEdition } from './edition'

/** Where the search stands: not yet wanted, loading its code and index, ready, or failed to load. */
export type SearchState =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; search: Search } | { status: 'failed' }

/** The search's code (MiniSearch and this edition's rules): its own chunk, loaded when search is used. */
export const loadSearchCode = () => import('../lib/search-index')

const loaded = new WeakMap<CaseReport, Search>()

/**
 * The article's search. Its code and index load once `wanted` (a query to answer, or the box in
 * use), so the search page's first view carries neither.
 */
export function useSearch(wanted: boolean): { state: SearchState; retry: () => void } {
  const edition = useEdition()
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<SearchState>(() => {
    const search = loaded.get(edition.report)
    return search ? { status: 'ready', search } : { status: 'idle' }
  })
  useEffect(() => {
    if (!wanted || loaded.has(edition.report)) return
    let live = true
    Promise.all([loadSearchCode(), edition.searchIndex()]).then(
      ([code, data]) => {
        const search = code.loadSearch(edition.report, data)
        loaded.set(edition.report, search)
        if (live) setState({ status: 'ready', search })
      },
      () => live && setState({ status: 'failed' }),
    )
    return () => {
      live = false
    }
  }, [edition, wanted, attempt])
  return {
    state: state.status === 'idle' && wanted ? { status: 'loading' } : state,
    retry: () => {
      setState({ status: 'idle' })
      setAttempt((n) => n + 1)
    },
  }
}
