import { useEffect, useState } from 'react'
import type { CaseReport } from '../model/case-report'
import { loadSearch, type Search } from '../lib/search-index'
import { useEdition } from './edition'

/** Where the search stands: loading its index, ready, or failed to load it. */
export type SearchState = { status: 'loading' } | { status: 'ready'; search: Search } | { status: 'failed' }

const loaded = new WeakMap<CaseReport, Search>()

/** The article's search, once its index has arrived (it loads when first asked for). */
export function useSearch(): { state: SearchState; retry: () => void } {
  const edition = useEdition()
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<SearchState>(() => {
    const search = loaded.get(edition.report)
    return search ? { status: 'ready', search } : { status: 'loading' }
  })
  useEffect(() => {
    if (loaded.has(edition.report)) return
    let live = true
    edition.searchIndex().then(
      (data) => {
        const search = loadSearch(edition.report, data)
        loaded.set(edition.report, search)
        if (live) setState({ status: 'ready', search })
      },
      () => live && setState({ status: 'failed' }),
    )
    return () => {
      live = false
    }
  }, [edition, attempt])
  return {
    state,
    retry: () => {
      setState({ status: 'loading' })
      setAttempt((n) => n + 1)
    },
  }
}
