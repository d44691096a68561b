// Property tests of the planner: random layouts published one after another over the same
// property, with canvas keys drawn from small pools so that elements keep, move, rename,
// resize and disappear between publishes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LayoutSnapshot } from '../layout-snapshot.schema.ts'
import { applyLayoutPlanInMemory } from './apply-plan-in-memory.ts'
import { hierarchyToSnapshot } from '../hierarchy-to-snapshot.ts'
import { hierarchyForLayoutOf, type CurrentHierarchy } from './current-hierarchy.ts'
import { layoutPlanDiff } from './layout-plan-diff.ts'
import { isLayoutPlanEmpty, planLayoutReconciliation } from './plan-layout-reconciliation.ts'
import {
  allPositions,
  building,
  EMPTY,
  idSource,
  room,
  section,
  snapshotAddresses,
  snapshotOf,
} from './reconcile-test-support.ts'

const MAX = { buildings: 2, rooms: 2, sections: 3 }
const KEYS = {
  buildings: Array.from({ length: MAX.buildings }, (_, i) => `b${i}`),
  rooms: Array.from({ length: MAX.buildings * MAX.rooms }, (_, i) => `r${i}`),
  sections: Array.from({ length: MAX.buildings * MAX.rooms * MAX.sections }, (_, i) => `s${i}`),
}

const sectionShape = fc.record({
  code: fc.constantFrom('LEFT', 'RIGHT', 'T1', 'R1'),
  type: fc.constantFrom('TABLE' as const, 'RACK' as const, 'TRAY' as const),
  rows: fc.integer({ min: 1, max: 3 }),
  columns: fc.integer({ min: 1, max: 3 }),
  slotsPerPosition: fc.integer({ min: 1, max: 2 }),
})
const roomShape = fc.record({
  code: fc.constantFrom('VEG-A', 'VEG-B', 'DRY'),
  sections: fc.uniqueArray(sectionShape, { maxLength: MAX.sections, selector: (s) => s.code }),
})
const buildingShape = fc.record({
  code: fc.constantFrom('GROW1', 'GROW2', 'DRY'),
  rooms: fc.uniqueArray(roomShape, { maxLength: MAX.rooms, selector: (r) => r.code }),
})

/** A valid snapshot: unique sibling codes, unique keys drawn from the shared pools. */
const snapshotArb: fc.Arbitrary<LayoutSnapshot> = fc
  .tuple(
    fc.uniqueArray(buildingShape, { maxLength: MAX.buildings, selector: (b) => b.code }),
    fc.shuffledSubarray(KEYS.buildings, { minLength: KEYS.buildings.length }),
    fc.shuffledSubarray(KEYS.rooms, { minLength: KEYS.rooms.length }),
    fc.shuffledSubarray(KEYS.sections, { minLength: KEYS.sections.length }),
  )
  .map(([shapes, buildingKeys, roomKeys, sectionKeys]) => {
    let [nextRoom, nextSection] = [0, 0]
    return snapshotOf(
      shapes.map((b, bi) =>
        building(
          buildingKeys[bi] ?? 'b?',
          b.code,
          b.rooms.map((r) =>
            room(
              roomKeys[nextRoom++] ?? 'r?',
              r.code,
              r.sections.map(({ code, ...grid }) =>
                section(sectionKeys[nextSection++] ?? 's?', code, grid),
              ),
            ),
          ),
        ),
      ),
    )
  })

/** Ids of every stored position by its section id and cell. */
function cells(hierarchy: CurrentHierarchy): Map<string, string> {
  const map = new Map<string, string>()
  for (const b of hierarchy.buildings)
    for (const r of b.rooms)
      for (const s of r.sections)
        for (const p of s.positions) map.set(`${s.id}/${p.row}/${p.column}/${p.slot}`, p.id)
  return map
}

function publish(snapshot: LayoutSnapshot, current: CurrentHierarchy, newId: () => string) {
  const plan = planLayoutReconciliation(snapshot, current)
  return { plan, after: applyLayoutPlanInMemory(current, plan, newId) }
}

const RUNS = { numRuns: 200 }

describe('planLayoutReconciliation properties', () => {
  it('[LAYR5] publishing the same snapshot twice changes nothing the second time', () => {
    fc.assert(
      fc.property(snapshotArb, snapshotArb, (first, second) => {
        const newId = idSource()
        const { after: h1 } = publish(first, EMPTY, newId)
        const { after: h2 } = publish(second, h1, newId)
        const again = planLayoutReconciliation(second, h2)
        expect(isLayoutPlanEmpty(again)).toBe(true)
        expect(layoutPlanDiff(again).unchanged).toBe(true)
      }),
      RUNS,
    )
  })

  it('[LAYR3] a surviving position keeps its id: same section row, same cell, same id', () => {
    fc.assert(
      fc.property(snapshotArb, snapshotArb, (first, second) => {
        const newId = idSource()
        const { after: h1 } = publish(first, EMPTY, newId)
        const before = cells(h1)
        const { plan, after: h2 } = publish(second, h1, newId)
        const removed = new Set(plan.positions.remove.map((p) => p.id))
        const kept = new Set(allPositions(h2).map((p) => p.id))
        for (const [cell, id] of before) {
          // Every old position is either removed or still there under the same section and cell.
          if (removed.has(id)) expect(kept.has(id)).toBe(false)
          else expect(cells(h2).get(cell)).toBe(id)
        }
      }),
      { numRuns: 100 },
    )
  })

  it('[LAYR6] the result holds exactly the snapshot’s addresses, each once', () => {
    fc.assert(
      fc.property(snapshotArb, snapshotArb, (first, second) => {
        const newId = idSource()
        const { after: h1 } = publish(first, EMPTY, newId)
        const { plan, after: h2 } = publish(second, h1, newId)
        const addresses = allPositions(h2).map((p) => p.address)
        expect(new Set(addresses).size).toBe(addresses.length)
        expect([...addresses].sort()).toEqual(snapshotAddresses(second).sort())
        const created = plan.positions.create.map((p) => p.address)
        expect(new Set(created).size).toBe(created.length)
        const diff = layoutPlanDiff(plan)
        expect(diff.positions.create + diff.positions.readdress + diff.positions.unchanged).toBe(
          addresses.length,
        )
      }),
      RUNS,
    )
  })

  it('[LAYR4] exactly the removed positions that hold plants are blocked', () => {
    fc.assert(
      fc.property(snapshotArb, snapshotArb, fc.integer({ min: 0, max: 1000 }), (a, b, seed) => {
        const newId = idSource()
        const { after: h1 } = publish(a, EMPTY, newId)
        allPositions(h1).forEach((p, i) => {
          if ((i + seed) % 3 === 0) p.plant = { id: `plant-${p.id}`, tag: `TAG-${i}` }
        })
        const plan = planLayoutReconciliation(b, h1)
        expect(plan.blocked.map((x) => x.plantId).sort()).toEqual(
          plan.positions.remove.flatMap((p) => (p.plant ? [p.plant.id] : [])).sort(),
        )
        const readdressedPlants = plan.positions.readdress.filter((p) => p.plant).length
        const planted = allPositions(h1).filter((p) => p.plant).length
        expect(plan.blocked.length + readdressedPlants).toBeLessThanOrEqual(planted)
      }),
      RUNS,
    )
  })

  it('[LAYR7] importing the stored hierarchy and publishing it keeps every position as it is', () => {
    fc.assert(
      fc.property(snapshotArb, snapshotArb, (first, second) => {
        const newId = idSource()
        const { after: h1 } = publish(first, EMPTY, newId)
        const { after: h2 } = publish(second, h1, newId)
        // The import carries every row's entityId, so each element keeps its row.
        const imported = hierarchyToSnapshot(hierarchyForLayoutOf(h2))
        const plan = planLayoutReconciliation(imported, h2)
        expect(plan.positions.create).toEqual([])
        expect(plan.positions.remove).toEqual([])
        expect(plan.positions.readdress).toEqual([])
        expect(plan.removed).toEqual({ buildings: [], rooms: [], sections: [] })
        expect(
          [...plan.buildings, ...plan.rooms, ...plan.sections].every((e) => e.id !== null),
        ).toBe(true)
      }),
      { numRuns: 100 },
    )
  })
})
