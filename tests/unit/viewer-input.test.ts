import { describe, expect, it } from 'vitest'
import { swipeTo, viewerKeyAction } from '../../src/lib/viewer-input'

describe('swipeTo', () => {
  it.each([
    [{ dx: -120, dy: 10, pointers: 1, zoomed: false }, 'next'],
    [{ dx: 120, dy: -10, pointers: 1, zoomed: false }, 'previous'],
    [{ dx: -40, dy: 0, pointers: 1, zoomed: false }, null],
    [{ dx: -120, dy: 100, pointers: 1, zoomed: false }, null],
    [{ dx: -120, dy: 0, pointers: 2, zoomed: false }, null],
    [{ dx: -120, dy: 0, pointers: 1, zoomed: true }, null],
    [{ dx: -120, dy: 0, pointers: Infinity, zoomed: false }, null],
  ] as const)('%o is %s', (drag, expected) => {
    expect(swipeTo(drag)).toBe(expected)
  })
})

describe('viewerKeyAction', () => {
  it.each([
    [{ key: 'ArrowRight', shift: false, command: false }, false, { kind: 'go', key: 'ArrowRight' }],
    [{ key: 'Escape', shift: false, command: false }, true, { kind: 'go', key: 'Escape' }],
    [{ key: 'PageDown', shift: false, command: false }, false, { kind: 'go', key: 'ArrowRight' }],
    [{ key: 'PageUp', shift: false, command: false }, false, { kind: 'go', key: 'ArrowLeft' }],
    [{ key: '+', shift: true, command: false }, false, { kind: 'zoom', zoom: 'in' }],
    [{ key: '=', shift: false, command: false }, false, { kind: 'zoom', zoom: 'in' }],
    [{ key: '-', shift: false, command: false }, true, { kind: 'zoom', zoom: 'out' }],
    [{ key: '0', shift: false, command: false }, true, { kind: 'zoom', zoom: 'reset' }],
    [{ key: '+', shift: false, command: true }, false, null],
    [{ key: 'ArrowRight', shift: true, command: false }, true, { kind: 'pan', x: -1, y: 0 }],
    [{ key: 'ArrowUp', shift: true, command: false }, true, { kind: 'pan', x: 0, y: 1 }],
    [{ key: 'ArrowRight', shift: true, command: false }, false, null],
    [{ key: 'ArrowUp', shift: false, command: false }, true, null],
    [{ key: 'a', shift: false, command: false }, false, null],
  ] as const)('%o (zoomed: %s) is %o', (key, zoomed, expected) => {
    expect(viewerKeyAction(key, zoomed)).toEqual(expected)
  })
})
