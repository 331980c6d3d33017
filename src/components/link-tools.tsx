import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { LinkTarget } from '../lib/share-url'
import { SlidesDialog } from './slides-dialog'
import { useShareUrl } from './use-share-url'

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

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
 * One quiet control per place: a link button that opens a small menu to copy the absolute link to the
 * place or show it with a QR code for slides (menu-button pattern: arrow keys, Escape, Tab).
 */
export function LinkTools({ target, label, text }: { target: LinkTarget; label: string; text?: string }) {
  const build = useShareUrl()
  const [status, setStatus] = useState('')
  const [slides, setSlides] = useState(false)
  const [open, setOpen] = useState(false)
  const [alignEnd, setAlignEnd] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLUListElement>(null)
  const menuId = useId()
  const fileName = (target.id ?? (target.path.replace(/\//g, '-').replace(/^-/, '') || 'title')).replace(
    /[^a-z0-9-]/gi,
    '',
  )
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) button.current?.focus()
  }

  useEffect(() => {
    if (!open) return
    items()[0]?.focus()
    const onPointer = (event: PointerEvent) => {
      const inside = (event.target as Node | null) && button.current?.parentElement?.contains(event.target as Node)
      if (!inside) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  const toggle = () => {
    const box = button.current?.getBoundingClientRect()
    setAlignEnd(!!box && box.left > window.innerWidth / 2)
    setStatus('')
    setOpen((o) => !o)
  }

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = items()
    const at = all.indexOf(document.activeElement as HTMLElement)
    const move = (i: number) => all[(i + all.length) % all.length]?.focus()
    if (event.key === 'ArrowDown') move(at + 1)
    else if (event.key === 'ArrowUp') move(at - 1)
    else if (event.key === 'Home') move(0)
    else if (event.key === 'End') move(all.length - 1)
    else if (event.key === 'Escape') close(true)
    else if (event.key === 'Tab') return setOpen(false)
    else return
    event.preventDefault()
    event.stopPropagation()
  }

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' && !open) {
      event.preventDefault()
      toggle()
    }
  }

  return (
    <span className="link-tools">
      <button
        ref={button}
        type="button"
        className="link-menu-button"
        aria-label={`Link to ${label}`}
        title="Link to this place: copy it, or a QR code for slides"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={toggle}
        onKeyDown={onButtonKey}
      >
        <LinkIcon />
        {text && <span className="link-menu-text">{text}</span>}
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={`Link to ${label}`}
          className={alignEnd ? 'link-menu align-end' : 'link-menu'}
          onKeyDown={onMenuKey}
        >
          <li role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={async () => {
                close(true)
                const ok = await copy(build(target))
                if (ok) setStatus('Link copied')
                else setSlides(true)
              }}
            >
              Copy link
            </button>
          </li>
          <li role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                close(false)
                setSlides(true)
              }}
            >
              QR code for slides
            </button>
          </li>
        </ul>
      )}
      <span className="link-status" role="status">
        {status}
      </span>
      {slides && (
        <SlidesDialog
          target={target}
          label={label}
          fileName={fileName}
          onClose={() => {
            setSlides(false)
            button.current?.focus()
          }}
        />
      )}
    </span>
  )
}
