import { useEffect, useLayoutEffect, useRef } from 'react'
import { useNavigate } from 'react-router-dom'
import { viewerKeyAction } from '../lib/viewer-input'
import type { Zoom } from './viewer-zoom'

/** Where the keys lead: the previous and next stops and the text (null where there is none). */
export interface KeyTargets {
  ArrowLeft: string | null
  ArrowRight: string | null
  Escape: string | null
}

/** Is the reader typing, or in a dialog, where keys are not for the viewer? */
function keysBelongElsewhere(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null
  return !!target?.closest('input, textarea, select, [contenteditable="true"], dialog')
}

/** The viewer's keys (see `viewerKeyAction`): move on, go back to the text, zoom and pan. */
export function useViewerKeys(targets: KeyTargets, zoom: Zoom) {
  const navigate = useNavigate()
  // The key handler reads the targets of the page as committed, even before effects have re-run.
  const current = useRef({ targets, zoom })
  useLayoutEffect(() => {
    current.current = { targets, zoom }
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (keysBelongElsewhere(event)) return
      const { targets, zoom } = current.current
      const key = { key: event.key, shift: event.shiftKey, command: event.ctrlKey || event.altKey || event.metaKey }
      const action = viewerKeyAction(key, zoom.isZoomed())
      if (!action) return
      if (action.kind === 'go') {
        const to = targets[action.key]
        if (!to) return
        event.preventDefault()
        navigate(to)
      } else if (action.kind === 'zoom') {
        event.preventDefault()
        const act = { in: zoom.zoomIn, out: zoom.zoomOut, reset: zoom.reset }[action.zoom]
        act()
      } else {
        event.preventDefault()
        zoom.panBy(action.x, action.y)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [navigate])
}
