import { describe, expect, it } from 'vitest'
import { firstFreeSpot, rectsOverlap } from './placement.ts'

describe('placement of new shapes', () => {
  it('finds the first spot that overlaps nothing, keeping the gap', () => {
    const area = { x: 0, y: 0, w: 100, h: 50 }
    const taken = [{ x: 0, y: 0, w: 40, h: 50 }]
    const spot = firstFreeSpot(area, { w: 20, h: 20 }, taken, 5, 2)
    expect(spot).toEqual({ x: 42, y: 2 })
    expect(rectsOverlap({ ...spot!, w: 20, h: 20 }, taken[0]!)).toBe(false)
  })

  it('answers null when nothing fits', () => {
    const area = { x: 0, y: 0, w: 30, h: 30 }
    expect(firstFreeSpot(area, { w: 20, h: 20 }, [{ x: 10, y: 10, w: 5, h: 5 }], 5, 1)).toBeNull()
  })

  it('treats touching edges as not overlapping', () => {
    expect(rectsOverlap({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 })).toBe(false)
    expect(rectsOverlap({ x: 0, y: 0, w: 10, h: 10 }, { x: 9, y: 9, w: 10, h: 10 })).toBe(true)
  })
})
