import type { TimelinePhase } from '../model/views'

/** Where the timeline graphic draws a phase band and its events (in viewBox units, 0-100 wide). */
export interface PhaseBand {
  phase: TimelinePhase
  /** Left edge. */
  x: number
  /** Width. */
  width: number
  /** Centres of its events, in order. */
  events: number[]
}

/**
 * Lay out phases as bands whose widths follow how many events they hold (order, not time: the source
 * gives relative times only), each event centred in an equal share of its band.
 */
export function timelineLayout(phases: readonly TimelinePhase[], eventPhases: readonly TimelinePhase[]): PhaseBand[] {
  const counts = phases.map((p) => eventPhases.filter((e) => e === p).length)
  const total = counts.reduce((a, b) => a + b, 0) || 1
  let x = 0
  return phases.map((phase, i) => {
    const width = (counts[i] / total) * 100
    const step = counts[i] ? width / counts[i] : 0
    const band = {
      phase,
      x: round(x),
      width: round(width),
      events: Array.from({ length: counts[i] }, (_, j) => round(x + step * (j + 0.5))),
    }
    x += width
    return band
  })
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
