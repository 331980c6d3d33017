import { useEffect, useRef } from 'react'
import { useHref, useLocation, useNavigationType } from 'react-router-dom'

function focusWithoutScroll(element: HTMLElement) {
  if (!element.hasAttribute('tabindex') && element.tabIndex < 0) element.setAttribute('tabindex', '-1')
  element.focus({ preventScroll: true })
}

/** Open every closed disclosure around a target, so a link into one shows what it points at. */
function reveal(element: HTMLElement) {
  for (let d = element.closest('details'); d; d = d.parentElement?.closest('details') ?? null)
    if (!d.open) d.open = true
}

function flash(element: HTMLElement) {
  element.classList.remove('flash')
  // Restart the animation when the same target is reached twice.
  void element.offsetWidth
  element.classList.add('flash')
  window.setTimeout(() => element.classList.remove('flash'), 2500)
}

const stored = (kind: string, key: string) => {
  try {
    return sessionStorage.getItem(`${kind}:${key}`)
  } catch {
    return null
  }
}
const store = (kind: string, key: string, value: string) => {
  try {
    sessionStorage.setItem(`${kind}:${key}`, value)
  } catch {
    // Without storage, Back goes to the top of the page.
  }
}

/**
 * On every navigation: a hash target is scrolled into view, focused for screen readers and briefly
 * highlighted. Back and Forward return to where the reader was, focus on what they last followed;
 * a new page without a hash starts at the top with its heading focused. A navigation that only
 * records a control's state in the URL (the search box's query) says `keepPlace` and is left alone.
 */
export function ScrollToTarget() {
  const { pathname, search, hash, key, state } = useLocation()
  const type = useNavigationType()
  const first = useRef(true)
  const href = useHref({ pathname, search, hash })

  // Hydration may be spread over several frames, and the router starts listening only once it has
  // committed: a link followed in between (a tapped #target) would be missed. Catch up once mounted.
  const hydratedAt = useRef(href)
  useEffect(() => {
    if (new URL(hydratedAt.current, window.location.href).href !== window.location.href)
      window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }))
  }, [])

  // Remember, for this history entry, how far down the reader is and what they last activated.
  useEffect(() => {
    const onScroll = () => store('scroll', key, String(window.scrollY))
    const onClick = (event: MouseEvent) => {
      store('scroll', key, String(window.scrollY))
      const place = (event.target as HTMLElement | null)?.closest<HTMLElement>('[id]')
      if (place && place.id !== 'root' && place.id !== 'main') store('focus', key, place.id)
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    document.addEventListener('click', onClick, true)
    return () => {
      window.removeEventListener('scroll', onScroll)
      document.removeEventListener('click', onClick, true)
    }
  }, [key])

  const keepPlace = Boolean((state as { keepPlace?: boolean } | null)?.keepPlace)
  useEffect(() => {
    const initial = first.current
    first.current = false
    if (keepPlace && type !== 'POP') return
    const id = decodeURIComponent(hash.slice(1))
    const target = id ? document.getElementById(id) : null
    const land = (element: HTMLElement) => {
      reveal(element)
      element.scrollIntoView({ block: 'start' })
      focusWithoutScroll(element)
      flash(element)
    }
    if (target) return land(target)
    let cleanup: (() => void) | undefined
    if (id) {
      // A part of the page whose code loads on demand may render its target a moment later.
      const watch = new MutationObserver(() => {
        const late = document.getElementById(id)
        if (!late) return
        watch.disconnect()
        land(late)
      })
      watch.observe(document.body, { childList: true, subtree: true })
      const stop = window.setTimeout(() => watch.disconnect(), 3000)
      cleanup = () => {
        watch.disconnect()
        window.clearTimeout(stop)
      }
    }
    const scroll = stored('scroll', key)
    if (type === 'POP' && scroll !== null && !initial) {
      window.scrollTo(0, Number(scroll))
      const focused = stored('focus', key)
      const element = focused ? document.getElementById(focused) : null
      if (element) focusWithoutScroll(element)
      return cleanup
    }
    if (!initial) {
      window.scrollTo(0, 0)
      const heading = document.querySelector<HTMLElement>('main h1')
      if (heading) focusWithoutScroll(heading)
    }
    return cleanup
  }, [pathname, hash, key, type, keepPlace])
  return null
}
