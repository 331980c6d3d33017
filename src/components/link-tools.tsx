import { lazy, Suspense, useCallback, useId, useRef, useState, type KeyboardEvent } from 'react'
// Only the type: a value from lib/ here would tie the page's first script to the shared reading chunk.
import type { LinkTarget } from '../lib/share-url'

// The menu and the slides dialog load when a reader first asks for them, not with the page.
const LinkMenu = lazy(() => import('./link-menu').then((m) => ({ default: m.LinkMenu })))
const SlidesDialog = lazy(() => import('./link-menu').then((m) => ({ default: m.SlidesDialog })))

function LinkIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d="M10 14a4.5 4.5 0 0 0 6.4 0l3.2-3.2a4.5 4.5 0 0 0-6.4-6.4l-1.1 1.1M14 10a4.5 4.5 0 0 0-6.4 0l-3.2 3.2a4.5 4.5 0 0 0 6.4 6.4l1.1-1.1"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  )
}

/**
 * One quiet control per place: a link button (menu-button pattern) whose menu copies the absolute link
 * to the place or shows it with a QR code for slides.
 */
export function LinkTools({ target, label, text }: { target: LinkTarget; label: string; text?: string }) {
  const [status, setStatus] = useState('')
  const [slides, setSlides] = useState(false)
  const [open, setOpen] = useState(false)
  const [alignEnd, setAlignEnd] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const menuId = useId()
  const fileName = (target.id ?? (target.path.replace(/\//g, '-').replace(/^-/, '') || 'title')).replace(
    /[^a-z0-9-]/gi,
    '',
  )
  const close = useCallback((refocus: boolean) => {
    setOpen(false)
    if (refocus) button.current?.focus()
  }, [])
  const toggle = () => {
    const box = button.current?.getBoundingClientRect()
    setAlignEnd(!!box && box.left > window.innerWidth / 2)
    setStatus('')
    setOpen((o) => !o)
  }
  const onKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' || open) return
    event.preventDefault()
    toggle()
  }
  return (
    <span className="link-tools">
      <button
        ref={button}
        type="button"
        className="link-menu-button"
        aria-label={`Link to ${label}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={toggle}
        onKeyDown={onKey}
      >
        <LinkIcon />
        {text && <span className="link-menu-text">{text}</span>}
      </button>
      {open && (
        <Suspense fallback={null}>
          <LinkMenu
            id={menuId}
            target={target}
            label={label}
            alignEnd={alignEnd}
            button={button}
            onClose={close}
            onCopied={(ok, note) => (ok ? setStatus(note ? `Link copied. ${note}` : 'Link copied') : setSlides(true))}
            onSlides={() => setSlides(true)}
          />
        </Suspense>
      )}
      <span className="link-status" role="status">
        {status}
      </span>
      {slides && (
        <Suspense fallback={null}>
          <SlidesDialog
            target={target}
            label={label}
            fileName={fileName}
            onClose={() => {
              setSlides(false)
              button.current?.focus()
            }}
          />
        </Suspense>
      )}
    </span>
  )
}
