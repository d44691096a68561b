import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors/domain-error.ts'
import { findFreeRuns, selectAvailablePositions, type GridSlot } from './select-available.ts'

/** A grid from a picture: one string per section, `.` free and `x` taken. */
function grid(...sections: string[]): GridSlot[] {
  return sections.flatMap((cells, s) =>
    [...cells].map((cell, i) => ({ id: `${s}:${i}`, sectionId: `S${s}`, free: cell === '.' })),
  )
}

function errorOf(run: () => unknown): DomainError {
  try {
    run()
  } catch (error) {
    if (error instanceof DomainError) return error
    throw error
  }
  throw new Error('expected a DomainError')
}

describe('selectAvailablePositions', () => {
  it.each([
    { picture: ['..x...'], count: 2, ids: ['0:0', '0:1'] },
    { picture: ['.x...'], count: 2, ids: ['0:2', '0:3'] },
    { picture: ['.x...', '......'], count: 5, ids: ['1:0', '1:1', '1:2', '1:3', '1:4'] },
    { picture: ['xx..'], count: 1, ids: ['0:2'] },
  ])('[AVAIL2] takes the first run long enough: $picture × $count', ({ picture, count, ids }) => {
    expect(selectAvailablePositions(grid(...picture), count)).toEqual({ ids, contiguous: true })
  })

  it.each([
    { picture: ['.x..x...'], count: 5, ids: ['0:2', '0:3', '0:5', '0:6', '0:7'] },
    { picture: ['..x..', '.'], count: 4, ids: ['0:0', '0:1', '0:3', '0:4'] },
    { picture: ['.x.x.'], count: 3, ids: ['0:0', '0:2', '0:4'] },
  ])(
    '[AVAIL3] otherwise takes runs longest first, back in grid order: $picture × $count',
    ({ picture, count, ids }) => {
      expect(selectAvailablePositions(grid(...picture), count)).toEqual({
        ids,
        contiguous: false,
      })
    },
  )

  it('[AVAIL1] never joins runs across sections', () => {
    expect(findFreeRuns(grid('..', '..'))).toEqual([
      { start: 0, length: 2 },
      { start: 2, length: 2 },
    ])
    expect(selectAvailablePositions(grid('..', '..'), 3).contiguous).toBe(false)
  })

  it.each([
    { picture: ['x.x'], count: 2, available: 1 },
    { picture: ['xxx'], count: 1, available: 0 },
    { picture: [''], count: 1, available: 0 },
  ])('[AVAIL4] refuses when fewer are free: $picture × $count', ({ picture, count, available }) => {
    const error = errorOf(() => selectAvailablePositions(grid(...picture), count))
    expect(error.code).toBe('POSITION.NOT_ENOUGH_FREE')
    expect(error.details).toEqual({ requested: count, available })
  })

  it('[AVAIL4] refuses a count below 1', () => {
    expect(errorOf(() => selectAvailablePositions(grid('..'), 0)).code).toBe('VALIDATION.FAILED')
  })

  const sectionsArb = fc.array(fc.array(fc.boolean(), { maxLength: 30 }), {
    minLength: 1,
    maxLength: 4,
  })
  const toSlots = (sections: boolean[][]) =>
    grid(...sections.map((cells) => cells.map((free) => (free ? '.' : 'x')).join('')))

  it('[AVAIL1-4] picks exactly count distinct free positions, in grid order, or refuses', () => {
    fc.assert(
      fc.property(sectionsArb, fc.integer({ min: 1, max: 40 }), (sections, count) => {
        const slots = toSlots(sections)
        const free = slots.filter((slot) => slot.free)
        if (free.length < count) {
          expect(errorOf(() => selectAvailablePositions(slots, count)).code).toBe(
            'POSITION.NOT_ENOUGH_FREE',
          )
          return
        }
        const { ids, contiguous } = selectAvailablePositions(slots, count)
        expect(ids).toHaveLength(count)
        expect(new Set(ids).size).toBe(count)
        const indexes = ids.map((id) => slots.findIndex((slot) => slot.id === id))
        expect(indexes.every((index) => slots[index]?.free)).toBe(true)
        expect([...indexes].sort((a, b) => a - b)).toEqual(indexes)
        const longest = Math.max(0, ...findFreeRuns(slots).map((run) => run.length))
        expect(contiguous).toBe(longest >= count)
        if (contiguous) {
          const first = indexes[0] ?? 0
          expect(indexes).toEqual(indexes.map((_, i) => first + i))
          expect(new Set(ids.map((id) => id.split(':')[0])).size).toBe(1)
        }
      }),
    )
  })

  it('[AVAIL1] runs cover every free position exactly once', () => {
    fc.assert(
      fc.property(sectionsArb, (sections) => {
        const slots = toSlots(sections)
        const covered = findFreeRuns(slots).flatMap((run) =>
          Array.from({ length: run.length }, (_, i) => run.start + i),
        )
        const free = slots.flatMap((slot, index) => (slot.free ? [index] : []))
        expect(covered).toEqual(free)
      }),
    )
  })
})
