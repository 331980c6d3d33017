import { memo, Suspense, use, useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { useLocation } from 'react-router-dom'
import { track, type Tracked } from '../lib/settled'

/** Code that loads once a reader reaches for the part of the page it runs. */
export interface OnDemandModule<M> {
  /** The module, settled once wanted and loaded. */
  module: Tracked<M>
  /** Start loading it (once). */
  want: () => void
}

/** A module to load on demand: nothing is fetched until `want` is called. */
export function onDemand<M>(load: () => Promise<M>): OnDemandModule<M> {
  let want = () => {}
  const wanted = new Promise<void>((resolve) => (want = resolve))
  return { module: track(wanted.then(load)), want: () => want() }
}

function Loaded<M>({
  code,
  render,
  onReady,
}: {
  code: OnDemandModule<M>
  render: (module: M) => ReactNode
  onReady: () => void
}) {
  useEffect(onReady, [onReady])
  return render(use(code.module as Promise<M>))
}

interface BoundaryProps<M> {
  code: OnDemandModule<M>
  view: string
  render: (module: M) => ReactNode
  onReady: () => void
}

/**
 * The boundary around the code's output. A boundary whose prerendered HTML has not hydrated yet must not
 * re-render (React would throw that HTML away and show nothing until the code came), so it re-renders
 * only when its code or view changes, not when the page around it does.
 */
const Boundary = memo(
  function Boundary<M>({ code, render, onReady }: BoundaryProps<M>) {
    return (
      <Suspense fallback={null}>
        <Loaded code={code} render={render} onReady={onReady} />
      </Suspense>
    )
  },
  (before, after) => before.code === after.code && before.view === after.view,
) as <M>(props: BoundaryProps<M>) => ReactNode

const reaches = ['pointerover', 'pointerdown', 'focusin', 'keydown', 'click'] as const

/**
 * A part of a page whose code loads when the reader first reaches for it (pointer, touch, focus or key,
 * in it or in the disclosure around it). Until then its prerendered HTML stands as it is: readable, its links plain links.
 */
export function OnDemand<M>({
  code,
  view,
  render,
  className,
}: {
  code: OnDemandModule<M>
  /** Which view `render` gives: it renders again only when this (or the code) changes. */
  view: string
  render: (module: M) => ReactNode
  className?: string
}) {
  const box = useRef<HTMLDivElement>(null)
  const ready = useRef(false)
  const pressed = useRef<HTMLElement | null>(null)
  const onReady = useCallback(() => {
    ready.current = true
    const button = pressed.current
    pressed.current = null
    // After the hydrated tree has attached its handlers.
    if (button) window.setTimeout(() => button.click())
  }, [])
  // A part hydrating its prerendered HTML (found in the document by its id) waits for the reader; one
  // rendered afresh (a page reached by a link inside the app) loads at once.
  const id = useId()
  const [waits] = useState(
    () =>
      typeof document !== 'undefined' &&
      [...document.querySelectorAll('[data-on-demand]')].some((e) => e.getAttribute('data-on-demand') === id),
  )
  // Moving within the app, even to another #target on the same page (whose history key may be the
  // same), changes the router's location, and React replaces HTML not yet hydrated below it: load now.
  const location = useLocation()
  const [firstLocation] = useState(location)
  if (!waits || location !== firstLocation) code.want()
  useEffect(() => {
    if (!waits) return
    // The disclosure around it counts too: opening it is reaching for it. Listening on the document,
    // ahead of React: React holds back events aimed at HTML it has not hydrated yet.
    const area = box.current?.closest('details') ?? box.current
    const inside = (node: EventTarget | null) => !!area && area.contains(node as Node | null)
    // A press on a button before its code has come is held and pressed again once it works.
    const reach = (event: Event) => {
      if (!inside(event.target)) return
      code.want()
      const button = (event.target as Element).closest?.('button')
      if (event.type === 'click' && button && !ready.current) {
        event.preventDefault()
        event.stopImmediatePropagation()
        pressed.current = button
      }
    }
    // A link's target inside it, or focus already in it (a link opened cold), is a reach too.
    const hashTarget = document.getElementById(decodeURIComponent(window.location.hash.slice(1)))
    if (inside(document.activeElement) || inside(hashTarget)) code.want()
    for (const type of reaches) document.addEventListener(type, reach, { capture: true })
    return () => {
      for (const type of reaches) document.removeEventListener(type, reach, { capture: true })
    }
  }, [code, waits])
  return (
    <div ref={box} className={className} data-on-demand={id}>
      <Boundary code={code} view={view} render={render} onReady={onReady} />
    </div>
  )
}
