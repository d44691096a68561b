import { describe, expect, it } from 'vitest'
import { NOMINAL_CELL_FEET, roomPlan, type PlanSectionInput } from './plan-geometry.ts'

const left: PlanSectionInput = {
  id: 'l',
  code: 'LEFT',
  name: 'Left',
  rowCount: 4,
  columnCount: 5,
  rect: { x: 2, y: 3, width: 10, height: 8 },
}
const right: PlanSectionInput = {
  id: 'r',
  code: 'RIGHT',
  name: 'Right',
  rowCount: 2,
  columnCount: 3,
  rect: { x: 16, y: 3, width: 6, height: 4 },
}

describe('room plan', () => {
  it('draws stored rects to scale inside the room outline', () => {
    const plan = roomPlan([left, right], { x: 100, y: 50, width: 30, height: 20 })
    expect(plan.toScale).toBe(true)
    expect(plan.outline).toEqual({ x: 0, y: 0, width: 30, height: 20 })
    expect(plan.viewBox).toEqual({ x: -3, y: -3, width: 36, height: 26 })
    expect(plan.sections[0]).toMatchObject({ cellWidth: 2, cellHeight: 2, rows: 4, columns: 5 })
  })

  it('frames the sections when the room rect does not hold them', () => {
    const plan = roomPlan([left, right], { x: 0, y: 0, width: 5, height: 5 })
    expect(plan.outline).toBeNull()
    expect(plan.viewBox).toEqual({ x: -1, y: 0, width: 26, height: 14 })
  })

  it('without sizes, stacks sections with nominal cells (not to scale)', () => {
    const plan = roomPlan([{ ...left, rect: null }, right], null)
    expect(plan.toScale).toBe(false)
    expect(plan.sections[0]?.rect).toEqual({
      x: 0,
      y: 0,
      width: 5 * NOMINAL_CELL_FEET,
      height: 4 * NOMINAL_CELL_FEET,
    })
    expect(plan.sections[1]?.rect.y).toBe(4 * NOMINAL_CELL_FEET + 4)
  })

  it('an empty room still has a drawing area', () => {
    expect(roomPlan([], null).viewBox.width).toBeGreaterThan(0)
  })
})
