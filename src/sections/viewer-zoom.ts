import { useEffect, useRef, useState, type RefObject } from 'react'
import type { PanzoomEventDetail, PanzoomObject, PanzoomOptions } from '@panzoom/panzoom'
import { fittedScale } from '../lib/viewer-input'

/** How far the zoom goes: four times the fitted size. */
const maxScale = 4
/** How far one Shift + arrow moves a zoomed image, as a share of its frame. */
const panStep = 0.2
// No animation: Panzoom measures the stage to keep it covering the frame, and mid-animation it would
// measure a size that is neither the old nor the new one (Reset would stop short of 1).
const still = { animate: false }

/** The zoom of the viewer's stage, and ways to change it. */
export interface Zoom {
  /** The magnification now, 1 when the image fits its frame. */
  scale: number
  /** Whether the image was zoomed at the last render. */
  zoomed: boolean
  /** Start loading the zoom code, as the reader reaches for it (hover, focus), so the first use is at once. */
  prepare: () => void
  zoomIn: () => void
  zoomOut: () => void
  reset: () => void
  /** Move a zoomed image by a share of its frame (x to the right, y down). */
  panBy: (x: number, y: number) => void
  /** Whether the image is zoomed at this moment (for event handlers, between renders). */
  isZoomed: () => boolean
}

type PanzoomFactory = (element: HTMLElement | SVGElement, options?: PanzoomOptions) => PanzoomObject
// The library is fetched the first time a reader reaches for the zoom, never with a page's first view:
// the figure pages' first-view JavaScript is already close to its budget.
let library: Promise<PanzoomFactory> | null = null
const loadLibrary = () => (library ??= import('@panzoom/panzoom').then((m) => m.default))

/** Fitted, the page still scrolls under a finger; zoomed, every drag pans the image. */
const touchAction = (scale: number) => (scale > fittedScale ? 'none' : 'pan-y')

/**
 * Pinch, wheel, button and key zoom of `stage` inside `frame`, with drag to pan once zoomed; the
 * stage always covers its frame, so the image cannot be lost. A new `stop` starts fitted again.
 * The wheel zooms in full screen, with Ctrl (a trackpad pinch) or once zoomed; otherwise it scrolls.
 */
export function useZoom(
  frame: RefObject<HTMLElement | null>,
  stage: RefObject<HTMLElement | null>,
  stop: string,
): Zoom {
  const instance = useRef<PanzoomObject | null>(null)
  const attach = useRef<() => Promise<PanzoomObject | null>>(() => Promise.resolve(null))
  // The scale belongs to the stop it was measured on: a new stop starts fitted.
  const [measured, setMeasured] = useState({ stop, scale: 1 })
  const scale = measured.stop === stop ? measured.scale : 1
  useEffect(() => {
    const parent = frame.current
    const element = stage.current
    if (!parent || !element) return
    let panzoom: PanzoomObject | null = null
    let attaching: Promise<PanzoomObject | null> | null = null
    let gone = false
    // Fingers (or a mouse button) already down on the image when the library arrives.
    const down = new Map<number, PointerEvent>()
    const get = () =>
      (attaching ??= loadLibrary().then(
        (Panzoom) => {
          if (gone) return null
          panzoom = Panzoom(element, {
            minScale: 1,
            maxScale,
            contain: 'outside',
            panOnlyWhenZoomed: true,
            cursor: '',
            touchAction: touchAction(1),
            // Not stopPropagation: the viewer's swipe, above the stage, counts the pointers too.
            handleStartEvent: (event: Event) => event.preventDefault(),
          })
          instance.current = panzoom
          // A pinch begun while the library loaded carries on from where the fingers are now.
          for (const event of down.values()) panzoom.handleDown(event)
          return panzoom
        },
        () => {
          // Without the library the image still fits the screen; the next reach tries again.
          attaching = null
          return null
        },
      ))
    attach.current = get
    const changed = (event: Event) => {
      const now = (event as CustomEvent<PanzoomEventDetail>).detail.scale
      setMeasured({ stop, scale: now })
      panzoom?.setOptions({ touchAction: touchAction(now) })
    }
    const pressed = (event: PointerEvent) => {
      // The image is not dragged out as a file, nor its text selected: a drag here swipes or pans.
      event.preventDefault()
      if (panzoom) return
      down.set(event.pointerId, event)
      void get()
    }
    const moved = (event: PointerEvent) => {
      if (down.has(event.pointerId)) down.set(event.pointerId, event)
    }
    const lifted = (event: PointerEvent) => down.delete(event.pointerId)
    const wheel = (event: WheelEvent) => {
      const zooms = document.fullscreenElement || event.ctrlKey || (panzoom?.getScale() ?? 1) > fittedScale
      if (!zooms) return
      if (panzoom) return panzoom.zoomWithWheel(event)
      event.preventDefault()
      void get().then((loaded) => loaded?.zoomWithWheel(event))
    }
    // A pinch is the viewer's, not the page's: the browser must not scroll or zoom the page meanwhile.
    const touch = (event: TouchEvent) => {
      if (event.touches.length > 1 && event.cancelable) event.preventDefault()
    }
    // A new size (rotation, full screen) keeps the zoom but brings the image back to cover its frame.
    const resized = () => panzoom?.zoom(panzoom.getScale(), still)
    const prepare = () => void get()
    element.addEventListener('panzoomchange', changed)
    parent.addEventListener('pointerover', prepare)
    parent.addEventListener('pointerdown', pressed)
    parent.addEventListener('wheel', wheel, { passive: false })
    parent.addEventListener('touchmove', touch, { passive: false })
    window.addEventListener('pointermove', moved)
    window.addEventListener('pointerup', lifted)
    window.addEventListener('pointercancel', lifted)
    window.addEventListener('resize', resized)
    return () => {
      gone = true
      element.removeEventListener('panzoomchange', changed)
      parent.removeEventListener('pointerover', prepare)
      parent.removeEventListener('pointerdown', pressed)
      parent.removeEventListener('wheel', wheel)
      parent.removeEventListener('touchmove', touch)
      window.removeEventListener('pointermove', moved)
      window.removeEventListener('pointerup', lifted)
      window.removeEventListener('pointercancel', lifted)
      window.removeEventListener('resize', resized)
      panzoom?.destroy()
      panzoom?.resetStyle()
      element.style.transform = ''
      element.style.transition = ''
      instance.current = null
    }
  }, [frame, stage, stop])

  return {
    scale,
    zoomed: scale > fittedScale,
    prepare: () => void attach.current(),
    zoomIn: () => void attach.current().then((p) => p?.zoomIn(still)),
    zoomOut: () => void attach.current().then((p) => p?.zoomOut(still)),
    reset: () => void attach.current().then((p) => p?.reset(still)),
    panBy: (x, y) => {
      const panzoom = instance.current
      const box = frame.current?.getBoundingClientRect()
      if (!panzoom || !box) return
      const s = panzoom.getScale()
      panzoom.pan((x * box.width * panStep) / s, (y * box.height * panStep) / s, { relative: true, ...still })
    },
    isZoomed: () => (instance.current?.getScale() ?? 1) > fittedScale,
  }
}
