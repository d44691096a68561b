import { describe, expect, it } from 'vitest'
import { seriesExtent, sparklinePoints } from './sparkline-model.ts'

function ys(points: string): number[] {
  return points.split(' ').map((point) => Number(point.split(',')[1]))
}

describe('sparkline', () => {
  it('spreads points across the width and puts the highest value at the top', () => {
    const points = sparklinePoints([1, 3, 2], 100, 20, 0)
    expect(points).toBe('0,20 50,0 100,10')
  })

  it('draws a flat series in the middle, and one value as a short line', () => {
    expect(ys(sparklinePoints([5, 5, 5], 100, 20))).toEqual([10, 10, 10])
    expect(sparklinePoints([7], 100, 20, 2)).toBe('2,10 98,10')
  })

  it('skips values that are not numbers and draws nothing for an empty series', () => {
    expect(sparklinePoints([Number.NaN, 1, Number.POSITIVE_INFINITY, 2], 10, 10, 0)).toBe(
      '0,10 10,0',
    )
    expect(sparklinePoints([], 10, 10)).toBe('')
    expect(seriesExtent([])).toBeNull()
  })

  it('reports the extent for the text summary', () => {
    expect(seriesExtent([3, 1, 4, 1, 5])).toEqual({ min: 1, max: 5, first: 3, last: 5 })
  })
})
