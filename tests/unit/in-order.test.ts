import { describe, expect, it } from 'vitest'
import { checkInOrder } from '../helpers/in-order'

describe('checkInOrder (the fidelity check itself)', () => {
  it('accepts units present in order, with other text between them', () => {
    expect(checkInOrder(['One.', 'Two.'], 'x One. y Two. z')).toEqual({ missing: [], outOfOrder: [] })
  })
  it('reports a unit that is absent', () => {
    expect(checkInOrder(['One.', 'Three.'], 'One. Two.')).toEqual({ missing: ['Three.'], outOfOrder: [] })
  })
  it('reports a unit that appears only before the one it should follow', () => {
    expect(checkInOrder(['One.', 'Two.'], 'Two. One.')).toEqual({ missing: [], outOfOrder: ['Two.'] })
  })
})
