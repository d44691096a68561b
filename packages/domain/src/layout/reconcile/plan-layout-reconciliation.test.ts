import { describe, expect, it } from 'vitest'
import type { CurrentHierarchy } from './current-hierarchy.ts'
import { layoutPlanDiff, LAYOUT_DIFF_SAMPLE_LIMIT } from './layout-plan-diff.ts'
import { isLayoutPlanEmpty, planLayoutReconciliation } from './plan-layout-reconciliation.ts'
import {
  allPositions,
  building,
  EMPTY,
  publishInMemory,
  room,
  section,
  snapshotOf,
  withPlant,
} from './reconcile-test-support.ts'

const base = snapshotOf([
  building('b1', 'GROW1', [
    room('r1', 'VEG-A', [section('s1', 'LEFT'), section('s2', 'RIGHT', { rows: 1, columns: 2 })]),
  ]),
])

function idsByCell(hierarchy: CurrentHierarchy): Map<string, string> {
  return new Map(allPositions(hierarchy).map((p) => [p.address, p.id]))
}

describe('planLayoutReconciliation', () => {
  it('[LAYR1] onto an empty property creates everything, parents first', () => {
    const plan = planLayoutReconciliation(base, EMPTY)
    expect(plan.buildings.map((b) => [b.id, b.path])).toEqual([[null, 'GROW1']])
    expect(plan.rooms.map((r) => [r.path, r.metrcLocationName])).toEqual([
      ['GROW1.VEG-A', 'GROW1 VEG-A'],
    ])
    expect(plan.sections.map((s) => s.path)).toEqual(['GROW1.VEG-A.LEFT', 'GROW1.VEG-A.RIGHT'])
    expect(plan.rows.create).toHaveLength(3)
    expect(plan.positions.create.map((p) => p.address)).toEqual([
      'MAIN.GROW1.VEG-A.LEFT.R1.C1.P1',
      'MAIN.GROW1.VEG-A.LEFT.R1.C2.P1',
      'MAIN.GROW1.VEG-A.LEFT.R1.C3.P1',
      'MAIN.GROW1.VEG-A.LEFT.R2.C1.P1',
      'MAIN.GROW1.VEG-A.LEFT.R2.C2.P1',
      'MAIN.GROW1.VEG-A.LEFT.R2.C3.P1',
      'MAIN.GROW1.VEG-A.RIGHT.R1.C1.P1',
      'MAIN.GROW1.VEG-A.RIGHT.R1.C2.P1',
    ])
  })

  it('[LAYR5] the same snapshot over what it produced plans nothing', () => {
    const published = publishInMemory(base)
    const again = planLayoutReconciliation(base, published)
    expect(isLayoutPlanEmpty(again)).toBe(true)
    expect(again.positions.unchanged).toBe(8)
    expect(layoutPlanDiff(again).unchanged).toBe(true)
  })

  it('[LAYR2] keeps rows by entityId, then by stored key, then by code under the kept parent', () => {
    const published = publishInMemory(base)
    const [storedBuilding] = published.buildings
    const storedRoom = storedBuilding?.rooms[0]
    // New canvas keys everywhere: the building is found by entityId, the room by code.
    const redrawn = snapshotOf([
      {
        ...building('nb', 'GROW1', [
          room('nr', 'VEG-A', [section('s1', 'LEFT'), section('ns', 'RIGHT', { columns: 2 })]),
        ]),
        entityId: storedBuilding?.id,
      },
    ])
    const plan = planLayoutReconciliation(redrawn, published)
    expect(plan.buildings[0]?.id).toBe(storedBuilding?.id)
    expect(plan.rooms[0]?.id).toBe(storedRoom?.id)
    expect(plan.sections.map((s) => s.id)).toEqual(storedRoom?.sections.map((s) => s.id))
    expect(plan.positions.remove).toEqual([])
    expect(plan.positions.create.map((p) => p.address)).toEqual([
      'MAIN.GROW1.VEG-A.RIGHT.R2.C1.P1',
      'MAIN.GROW1.VEG-A.RIGHT.R2.C2.P1',
    ])
    expect(plan.buildings[0]?.changed).toEqual(['layout'])
  })

  it('[LAYR2] an entityId wins over another element’s stored key for the same row', () => {
    const published = publishInMemory(base)
    const left = published.buildings[0]?.rooms[0]?.sections[0]
    const right = published.buildings[0]?.rooms[0]?.sections[1]
    // The shape keyed s1 now claims RIGHT's row by id; LEFT's row is then free for nobody
    // but a code match.
    const swapped = snapshotOf([
      building('b1', 'GROW1', [
        room('r1', 'VEG-A', [
          { ...section('s1', 'RIGHT', { rows: 1, columns: 2 }), entityId: right?.id },
          section('s2', 'LEFT'),
        ]),
      ]),
    ])
    const plan = planLayoutReconciliation(swapped, published)
    expect(plan.sections.map((s) => s.id)).toEqual([right?.id, left?.id])
    expect(plan.positions.readdress).toEqual([])
    expect(isLayoutPlanEmpty(plan)).toBe(false)
  })

  it('[LAYR3] a renamed room re-addresses its positions, keeping their ids', () => {
    const published = publishInMemory(base)
    const before = idsByCell(published)
    const renamed = snapshotOf([
      building('b1', 'GROW1', [
        room('r1', 'VEG-B', [
          section('s1', 'LEFT'),
          section('s2', 'RIGHT', { rows: 1, columns: 2 }),
        ]),
      ]),
    ])
    const plan = planLayoutReconciliation(renamed, published)
    expect(plan.positions.readdress).toHaveLength(8)
    for (const change of plan.positions.readdress) {
      expect(change.id).toBe(before.get(change.from))
      expect(change.to).toBe(change.from.replace('.VEG-A.', '.VEG-B.'))
    }
    expect(plan.rooms[0]?.changed).toEqual(['code', 'name'])
    expect(plan.rooms[0]?.metrcLocationName).toBe('GROW1 VEG-B')
    const diff = layoutPlanDiff(plan)
    expect(diff.renamed).toEqual([{ from: 'GROW1.VEG-A', to: 'GROW1.VEG-B' }])
    expect(diff.positions).toEqual({ create: 0, readdress: 8, remove: 0, unchanged: 0 })
  })

  it('[LAYR3] swapping two section codes re-addresses both and keeps every id', () => {
    const published = publishInMemory(base)
    const swapped = snapshotOf([
      building('b1', 'GROW1', [
        room('r1', 'VEG-A', [
          section('s1', 'RIGHT'),
          section('s2', 'LEFT', { rows: 1, columns: 2 }),
        ]),
      ]),
    ])
    const plan = planLayoutReconciliation(swapped, published)
    expect(plan.positions.readdress).toHaveLength(8)
    expect(plan.positions.create).toEqual([])
    const after = publishInMemory(swapped, published)
    expect(new Set(allPositions(after).map((p) => p.id))).toEqual(
      new Set(allPositions(published).map((p) => p.id)),
    )
  })

  it('[LAYR3] a table turned into a rack keeps its cells in the L/H form', () => {
    const published = publishInMemory(base)
    const rack = snapshotOf([
      building('b1', 'GROW1', [
        room('r1', 'VEG-A', [
          section('s1', 'LEFT', { type: 'RACK' }),
          section('s2', 'RIGHT', { rows: 1, columns: 2 }),
        ]),
      ]),
    ])
    const plan = planLayoutReconciliation(rack, published)
    expect(plan.positions.readdress[0]).toMatchObject({
      from: 'MAIN.GROW1.VEG-A.LEFT.R1.C1.P1',
      to: 'MAIN.GROW1.VEG-A.LEFT.L1.H1.P1',
    })
    expect(plan.positions.readdress).toHaveLength(6)
  })

  it('[LAYR3] shrinking a table removes the cells outside and its rows above the new count', () => {
    const published = publishInMemory(base)
    const smaller = snapshotOf([
      building('b1', 'GROW1', [
        room('r1', 'VEG-A', [
          section('s1', 'LEFT', { rows: 1, columns: 2 }),
          section('s2', 'RIGHT', { rows: 1, columns: 2 }),
        ]),
      ]),
    ])
    const plan = planLayoutReconciliation(smaller, published)
    expect(plan.positions.remove.map((p) => p.address).sort()).toEqual([
      'MAIN.GROW1.VEG-A.LEFT.R1.C3.P1',
      'MAIN.GROW1.VEG-A.LEFT.R2.C1.P1',
      'MAIN.GROW1.VEG-A.LEFT.R2.C2.P1',
      'MAIN.GROW1.VEG-A.LEFT.R2.C3.P1',
    ])
    expect(plan.rows.remove.map((r) => r.number)).toEqual([2])
    expect(plan.positions.unchanged).toBe(4)
    expect(plan.blocked).toEqual([])
  })

  it('[LAYR4] removing a position that holds a plant is blocked, naming the plant', () => {
    const published = withPlant(publishInMemory(base), 'MAIN.GROW1.VEG-A.LEFT.R2.C3.P1', {
      id: 'plant-1',
      tag: '1A4000000000000000000001',
    })
    const smaller = snapshotOf([
      building('b1', 'GROW1', [
        room('r1', 'VEG-A', [section('s1', 'LEFT', { rows: 1 }), section('s2', 'RIGHT')]),
      ]),
    ])
    const plan = planLayoutReconciliation(smaller, published)
    expect(plan.blocked).toEqual([
      {
        address: 'MAIN.GROW1.VEG-A.LEFT.R2.C3.P1',
        plantId: 'plant-1',
        plantTag: '1A4000000000000000000001',
      },
    ])
    expect(layoutPlanDiff(plan).blocked).toEqual(plan.blocked)
  })

  it('[LAYR4] removing a building removes everything beneath it; plants block it', () => {
    const two = snapshotOf([
      ...base.buildings,
      building('b2', 'DRY', [room('r2', 'DRY-A', [section('s3', 'RACK1', { type: 'RACK' })])]),
    ])
    const published = withPlant(publishInMemory(two), 'MAIN.DRY.DRY-A.RACK1.L1.H1.P1', {
      id: 'p',
      tag: 'T',
    })
    const plan = planLayoutReconciliation(base, published)
    const diff = layoutPlanDiff(plan)
    expect(diff.removed).toEqual({
      buildings: ['DRY'],
      rooms: ['DRY.DRY-A'],
      sections: ['DRY.DRY-A.RACK1'],
    })
    expect(diff.positions.remove).toBe(6)
    expect(plan.rows.remove).toHaveLength(2)
    expect(diff.blocked.map((b) => b.plantId)).toEqual(['p'])
  })

  it('[LAYR2] a section moved to another room keeps its id and positions', () => {
    const published = publishInMemory(
      snapshotOf([
        building('b1', 'GROW1', [
          room('r1', 'VEG-A', [section('s1', 'LEFT')]),
          room('r2', 'VEG-B', []),
        ]),
      ]),
    )
    const moved = snapshotOf([
      building('b1', 'GROW1', [
        room('r1', 'VEG-A', []),
        room('r2', 'VEG-B', [section('s1', 'LEFT')]),
      ]),
    ])
    const plan = planLayoutReconciliation(moved, published)
    expect(plan.sections[0]?.changed).toEqual(['roomKey'])
    expect(plan.sections[0]?.id).toBe(published.buildings[0]?.rooms[0]?.sections[0]?.id)
    expect(plan.positions.readdress).toHaveLength(6)
    expect(layoutPlanDiff(plan).renamed).toEqual([
      { from: 'GROW1.VEG-A.LEFT', to: 'GROW1.VEG-B.LEFT' },
    ])
  })
})

describe('layoutPlanDiff', () => {
  it(`[LAYR6] caps samples at ${LAYOUT_DIFF_SAMPLE_LIMIT} and counts everything`, () => {
    const big = snapshotOf([
      building('b1', 'GROW1', [
        room('r1', 'VEG-A', [section('s1', 'LEFT', { rows: 10, columns: 10 })]),
      ]),
    ])
    const diff = layoutPlanDiff(planLayoutReconciliation(big, EMPTY))
    expect(diff.positions.create).toBe(100)
    expect(diff.samples.create).toHaveLength(LAYOUT_DIFF_SAMPLE_LIMIT)
    expect(diff.created).toEqual({
      buildings: ['GROW1'],
      rooms: ['GROW1.VEG-A'],
      sections: ['GROW1.VEG-A.LEFT'],
    })
    expect(diff.unchanged).toBe(false)
  })
})
