import { useEffect, useRef } from 'react'
import { useLocation, useNavigate } from 'react-router-dom'
import { useEdition } from '../components/edition'
import { paths } from '../lib/paths'
import { loadSection } from '../sections/registry'
import { presentRequested, setPresenter, usePresenter } from './presenter'

/** Search box (the "/" key focuses it; Enter opens the search page) and the presenter-mode toggle. */
export function HeaderTools() {
  const edition = useEdition()
  const navigate = useNavigate()
  const { search } = useLocation()
  const present = usePresenter()
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (presentRequested(search)) setPresenter(true)
  }, [search])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      if (event.key !== '/' || target?.closest('input, textarea, select, [contenteditable="true"]')) return
      event.preventDefault()
      input.current?.focus()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <div className="header-tools">
      <form
        role="search"
        action={`${import.meta.env.BASE_URL}search`}
        onSubmit={(e) => {
          e.preventDefault()
          const q = String(new FormData(e.currentTarget).get('q') ?? '').trim()
          navigate({ pathname: paths.search, search: q ? `?q=${encodeURIComponent(q)}` : '' })
        }}
      >
        <input
          ref={input}
          type="search"
          name="q"
          aria-label="Search the article"
          placeholder="Search ( / )"
          aria-keyshortcuts="/"
          // The search's code and index load when the box is first used, so results come at once.
          onFocus={() => {
            void loadSection('search').catch(() => {})
            void import('../lib/search-index').catch(() => {})
            void edition.searchIndex().catch(() => {})
          }}
        />
      </form>
      <button type="button" className="present-toggle" aria-pressed={present} onClick={() => setPresenter(!present)}>
        Presenter mode
      </button>
    </div>
  )
}
