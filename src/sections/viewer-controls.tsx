import { Link } from 'react-router-dom'
import { useIsClient } from '../components/use-is-client'
import type { useFullscreen } from './viewer-gestures'
import type { Zoom } from './viewer-zoom'

/**
 * The viewer's buttons: zoom out, in and reset (in the browser: the prerendered page has no zoom),
 * full screen (where the browser has it), and the way back to the sentence that first cites the figure.
 */
export function ViewerControls({
  zoom,
  fullscreen,
  back,
}: {
  zoom: Zoom
  fullscreen: ReturnType<typeof useFullscreen>
  back: { pathname: string; hash: string } | null
}) {
  const client = useIsClient()
  // The prerendered page keeps the buttons' place, hidden and inert until the app can work them, so
  // nothing below them moves when they appear.
  const pending = client ? {} : { inert: true, 'data-pending': '' }
  return (
    <div className="viewer-controls">
      <div
        {...pending}
        className="viewer-zoom"
        role="group"
        aria-label="Zoom"
        onPointerEnter={zoom.prepare}
        onFocus={zoom.prepare}
      >
        <button type="button" onClick={zoom.zoomOut}>
          Zoom out
        </button>
        <button type="button" onClick={zoom.zoomIn}>
          Zoom in
        </button>
        <button type="button" onClick={zoom.reset}>
          Reset zoom
        </button>
        <output className="viewer-scale" aria-label="Zoom level">
          {Math.round(zoom.scale * 100)}%
        </output>
      </div>
      {(!client || fullscreen.supported) && (
        <button {...pending} type="button" className="viewer-fullscreen" onClick={fullscreen.toggle}>
          {fullscreen.active ? 'Leave full screen' : 'Full screen'}
        </button>
      )}
      {back && (
        <Link className="viewer-back" to={back}>
          ← Back to the text
        </Link>
      )}
    </div>
  )
}
