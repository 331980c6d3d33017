/** Horizontal travel, in CSS px, that makes a drag or swipe a move to the next or previous stop. */
export const swipeDistance = 50

/** Below this magnification an image counts as fitted (zooming in then out can leave it a hair above 1). */
export const fittedScale = 1.01

/** One finished drag across the viewer. */
export interface Drag {
  /** Horizontal travel from where the pointer went down to where it came up, CSS px (left is negative). */
  dx: number
  /** Vertical travel, CSS px (up is negative). */
  dy: number
  /** The most pointers (fingers) that were down at once during the drag. */
  pointers: number
  /** Whether the image was zoomed at any moment of the drag (then a drag pans, it does not swipe). */
  zoomed: boolean
}

/**
 * Where a drag moves the viewer: a one-finger, mostly horizontal drag over a fitted image swipes to
 * the next stop (leftwards) or the previous one; a pinch, a pan of a zoomed image or a scroll does not.
 */
export function swipeTo(drag: Drag): 'next' | 'previous' | null {
  if (drag.pointers !== 1 || drag.zoomed) return null
  if (Math.abs(drag.dx) < swipeDistance || Math.abs(drag.dx) < Math.abs(drag.dy) * 1.5) return null
  return drag.dx < 0 ? 'next' : 'previous'
}

/** What a key does in the viewer. */
export type ViewerKeyAction =
  | { kind: 'go'; key: 'ArrowLeft' | 'ArrowRight' | 'Escape' }
  | { kind: 'zoom'; zoom: 'in' | 'out' | 'reset' }
  | { kind: 'pan'; x: number; y: number }

/** A key press as the viewer reads it. */
export interface ViewerKey {
  /** `KeyboardEvent.key` */
  key: string
  shift: boolean
  /** Ctrl, Alt or Meta held: the key is the browser's or the system's (Ctrl + is the page zoom). */
  command: boolean
}

const zoomKeys: Record<string, 'in' | 'out' | 'reset'> = { '+': 'in', '=': 'in', '-': 'out', '0': 'reset' }
const panKeys: Record<string, [number, number]> = {
  ArrowLeft: [1, 0],
  ArrowRight: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
}

/**
 * The viewer's keys: ← → (or a clicker's Page Down and Page Up) move between panels and figures, Escape goes back to the text, + - 0 zoom
 * (with or without Shift, which some layouts need for +), Shift with an arrow moves a zoomed image to
 * show more of the side the arrow points to. `x` and `y` are the image's move, in frames.
 */
export function viewerKeyAction({ key, shift, command }: ViewerKey, zoomed: boolean): ViewerKeyAction | null {
  if (command) return null
  if (key in zoomKeys) return { kind: 'zoom', zoom: zoomKeys[key] }
  if (shift) {
    const pan = panKeys[key]
    return pan && zoomed ? { kind: 'pan', x: pan[0], y: pan[1] } : null
  }
  if (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Escape') return { kind: 'go', key }
  // A presentation clicker sends Page Down and Page Up.
  if (key === 'PageDown') return { kind: 'go', key: 'ArrowRight' }
  if (key === 'PageUp') return { kind: 'go', key: 'ArrowLeft' }
  return null
}
