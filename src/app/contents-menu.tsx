import { useEffect, useRef, type ReactNode } from 'react'
import { useLocation } from 'react-router-dom'

/**
 * The contents on a narrow screen: a disclosure over the page. It closes when the reader goes to a
 * page (so the page, and the heading that takes focus, are not left under it), presses Escape
 * inside it (focus returns to its button), tabs out of it or taps outside it.
 */
export function ContentsMenu({ children }: { children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null)
  const { key } = useLocation()

  useEffect(() => {
    if (menu.current) menu.current.open = false
  }, [key])

  useEffect(() => {
    const details = menu.current
    if (!details) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return
      details.open = false
      details.querySelector('summary')?.focus()
    }
    const onPointerDown = (event: PointerEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false
    }
    // Tabbing out of the open menu would put focus on something under it.
    const onFocusOut = (event: FocusEvent) => {
      if (details.open && event.relatedTarget instanceof Node && !details.contains(event.relatedTarget))
        details.open = false
    }
    details.addEventListener('keydown', onKeyDown)
    details.addEventListener('focusout', onFocusOut)
    document.addEventListener('pointerdown', onPointerDown)
    return () => {
      details.removeEventListener('keydown', onKeyDown)
      details.removeEventListener('focusout', onFocusOut)
      document.removeEventListener('pointerdown', onPointerDown)
    }
  }, [])

  return (
    <details ref={menu} className="contents-menu">
      <summary>Contents</summary>
      <div className="contents-panel">{children}</div>
    </details>
  )
}
