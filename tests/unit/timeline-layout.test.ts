import { describe, expect, it } from 'vitest'
import { timelineLayout } from '../../src/lib/timeline-layout'

describe('timelineLayout', () => {
  it('gives each phase a band in proportion to its events, events centred in equal shares', () => {
    expect(
      timelineLayout(
        ['before', 'investigation', 'treatment', 'follow-up'],
        ['before', 'investigation', 'investigation', 'follow-up'],
      ),
    ).toEqual([
      { phase: 'before', x: 0, width: 25, events: [12.5] },
      { phase: 'investigation', x: 25, width: 50, events: [37.5, 62.5] },
      { phase: 'treatment', x: 75, width: 0, events: [] },
      { phase: 'follow-up', x: 75, width: 25, events: [87.5] },
    ])
  })
  it('draws nothing for no events', () => {
    expect(timelineLayout(['before'], [])).toEqual([{ phase: 'before', x: 0, width: 0, events: [] }])
  })
})
