import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react'
import { useNavigate } from 'react-router-dom'
import { presentation, presentHref } from '../lib/present'
import { useReport } from './edition'
import type { LinkTarget } from '../lib/share-url'
import { onlyHereWarning } from '../lib/share-url'
import { useLinksOnlyHere, useShareUrl } from './use-share-url'

export { SlidesDialog } from './slides-dialog'

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/**
 * The menu of a place's link button (loaded when first opened): copy the absolute link, or show it
 * with a QR code for slides. Arrow keys, Home and End move; Escape closes and returns focus; Tab or a
 * tap elsewhere closes.
 */
export function LinkMenu({
  id,
  target,
  label,
  alignEnd,
  button,
  onClose,
  onCopied,
  onSlides,
}: {
  id: string
  target: LinkTarget
  label: string
  alignEnd: boolean
  button: RefObject<HTMLButtonElement | null>
  onClose: (refocus: boolean) => void
  onCopied: (ok: boolean, note: string) => void
  onSlides: () => void
}) {
  const build = useShareUrl()
  const navigate = useNavigate()
  const presentable = presentation(useReport(), target.path, target.id) !== null
  const onlyHere = useLinksOnlyHere()
  const menu = useRef<HTMLUListElement>(null)
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]

  useEffect(() => {
    items()[0]?.focus()
    const onPointer = (event: PointerEvent) => {
      const within = button.current?.parentElement?.contains(event.target as Node | null)
      if (!within) onClose(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [button, onClose])

  const onKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = items()
    const at = all.indexOf(document.activeElement as HTMLElement)
    const move = (i: number) => all[(i + all.length) % all.length]?.focus()
    if (event.key === 'ArrowDown') move(at + 1)
    else if (event.key === 'ArrowUp') move(at - 1)
    else if (event.key === 'Home') move(0)
    else if (event.key === 'End') move(all.length - 1)
    else if (event.key === 'Escape') onClose(true)
    else if (event.key === 'Tab') return onClose(false)
    else return
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <ul
      ref={menu}
      id={id}
      role="menu"
      aria-label={`Link to ${label}`}
      className={alignEnd ? 'link-menu align-end' : 'link-menu'}
      onKeyDown={onKey}
    >
      <li role="none">
        <button
          type="button"
          role="menuitem"
          tabIndex={-1}
          onClick={async () => {
            onClose(true)
            onCopied(await copy(build(target)), onlyHere() ? onlyHereWarning : '')
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
            onClose(false)
            onSlides()
          }}
        >
          QR code for slides
        </button>
      </li>
      {presentable && (
        <li role="none">
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => {
              onClose(false)
              navigate(presentHref(target.path, target.id))
            }}
          >
            Present this
          </button>
        </li>
      )}
    </ul>
  )
}
