import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router-dom'

function focusWithoutScroll(element: HTMLElement) {
  if (!element.hasAttribute('tabindex') && element.tabIndex < 0) element.setAttribute('tabindex', '-1')
  element.focus({ preventScroll: true })
}

/**
 * On navigation: bring the hash target into view and focus it; on a new page without a hash,
 * go to the top and focus the page heading so screen readers announce the new page.
 */
export function ScrollToTarget() {
  const { pathname, hash } = useLocation()
  const first = useRef(true)
  useEffect(() => {
    const initial = first.current
    first.current = false
    const id = decodeURIComponent(hash.slice(1))
    const target = id ? document.getElementById(id) : null
    if (target) {
      target.scrollIntoView({ block: 'start' })
      focusWithoutScroll(target)
    } else if (!initial) {
      window.scrollTo(0, 0)
      const heading = document.querySelector<HTMLElement>('main h1')
      if (heading) focusWithoutScroll(heading)
    }
  }, [pathname, hash])
  return null
}
