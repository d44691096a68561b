// Axis-aligned rectangles in feet, and the rounding that keeps canvas ⇄ snapshot
// conversions exact (LAYC6).
import type { SnapshotRect } from './layout-snapshot.schema.ts'

/** Distances closer than this (feet) count as touching, not overlapping. */
export const GEOMETRY_EPSILON = 1e-6

/** Feet rounded to a thousandth: a fixed point, so a round trip through canvas units is exact. */
export function roundFeet(value: number): number {
  const rounded = Math.round(value * 1000) / 1000
  // -0 would not deep-equal 0 in a round-trip comparison.
  return rounded === 0 ? 0 : rounded
}

export function rectArea(r: SnapshotRect): number {
  return r.width * r.height
}

export function rectCentre(r: SnapshotRect): { x: number; y: number } {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
}

/** Whether the point lies inside the rectangle or on its edge. */
export function rectContainsPoint(r: SnapshotRect, x: number, y: number): boolean {
  return (
    x >= r.x - GEOMETRY_EPSILON &&
    x <= r.x + r.width + GEOMETRY_EPSILON &&
    y >= r.y - GEOMETRY_EPSILON &&
    y <= r.y + r.height + GEOMETRY_EPSILON
  )
}

/** Whether `inner` lies wholly inside `outer` (edges may touch). */
export function rectContainsRect(outer: SnapshotRect, inner: SnapshotRect): boolean {
  return (
    inner.x >= outer.x - GEOMETRY_EPSILON &&
    inner.y >= outer.y - GEOMETRY_EPSILON &&
    inner.x + inner.width <= outer.x + outer.width + GEOMETRY_EPSILON &&
    inner.y + inner.height <= outer.y + outer.height + GEOMETRY_EPSILON
  )
}

/** Whether two rectangles share an area (touching edges do not). */
export function rectsOverlap(a: SnapshotRect, b: SnapshotRect): boolean {
  return (
    Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > GEOMETRY_EPSILON &&
    Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > GEOMETRY_EPSILON
  )
}

/**
 * Every overlapping pair among `items`, each pair once, in input order of the first item.
 * A sweep along x keeps 500 tables in a room far from 125,000 comparisons.
 */
export function overlappingPairs<T extends { rect: SnapshotRect }>(items: readonly T[]): [T, T][] {
  const order = items.map((item, i) => ({ item, i })).sort((a, b) => a.item.rect.x - b.item.rect.x)
  const pairs: [T, T, number, number][] = []
  for (let i = 0; i < order.length; i++) {
    const a = order[i]
    if (a === undefined) continue
    const right = a.item.rect.x + a.item.rect.width
    for (let j = i + 1; j < order.length; j++) {
      const b = order[j]
      if (b === undefined || b.item.rect.x >= right - GEOMETRY_EPSILON) break
      if (!rectsOverlap(a.item.rect, b.item.rect)) continue
      if (a.i < b.i) pairs.push([a.item, b.item, a.i, b.i])
      else pairs.push([b.item, a.item, b.i, a.i])
    }
  }
  pairs.sort((p, q) => p[2] - q[2] || p[3] - q[3])
  return pairs.map(([a, b]) => [a, b])
}
