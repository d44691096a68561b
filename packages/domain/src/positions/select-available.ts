import { DomainError } from '../errors/domain-error.ts'

/** A position in grid order, and whether it can take a plant (POS2). */
export interface GridSlot<Id extends string = string> {
  id: Id
  /** Positions of different sections are never contiguous. */
  sectionId: string
  free: boolean
}

export interface AvailableSelection<Id extends string = string> {
  ids: Id[]
  /** True when the ids are one unbroken run of the grid. */
  contiguous: boolean
}

interface Run {
  start: number
  length: number
}

/** Maximal runs of free positions: consecutive in `slots` and in one section (AVAIL1). */
export function findFreeRuns(slots: readonly GridSlot[]): Run[] {
  const runs: Run[] = []
  let current: Run | null = null
  for (let index = 0; index < slots.length; index++) {
    const slot = slots[index]
    if (!slot?.free) {
      current = null
      continue
    }
    if (current && slots[index - 1]?.sectionId === slot.sectionId) current.length += 1
    else {
      current = { start: index, length: 1 }
      runs.push(current)
    }
  }
  return runs
}

/**
 * Picks `count` free positions from `slots`, which must be every position of the room or
 * section in grid order (section, row, column, slot), free or not:
 * - AVAIL2: the first run long enough gives the first `count` of its positions
 *   (`contiguous: true`);
 * - AVAIL3: otherwise whole runs are taken longest first (earlier first on ties), the last
 *   one cut short, and the ids come back in grid order (`contiguous: false`);
 * - AVAIL4: fewer than `count` free positions throw `POSITION.NOT_ENOUGH_FREE` with
 *   `{ requested, available }`.
 */
export function selectAvailablePositions<Id extends string>(
  slots: readonly GridSlot<Id>[],
  count: number,
): AvailableSelection<Id> {
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new DomainError('VALIDATION.FAILED', `Ask for at least 1 position, not ${count}.`, {
      field: 'count',
      value: count,
    })
  }
  const runs = findFreeRuns(slots)
  const available = runs.reduce((sum, run) => sum + run.length, 0)
  if (available < count) {
    throw new DomainError(
      'POSITION.NOT_ENOUGH_FREE',
      `Only ${available} free position${available === 1 ? '' : 's'} here; ${count} requested.`,
      { requested: count, available },
    )
  }
  const idsOf = (start: number, length: number) =>
    slots.slice(start, start + length).map((slot) => slot.id)
  const fitting = runs.find((run) => run.length >= count)
  if (fitting) return { ids: idsOf(fitting.start, count), contiguous: true }

  const chosen: Run[] = []
  let missing = count
  const longestFirst = [...runs].sort((a, b) => b.length - a.length || a.start - b.start)
  for (const run of longestFirst) {
    if (missing === 0) break
    const length = Math.min(run.length, missing)
    chosen.push({ start: run.start, length })
    missing -= length
  }
  chosen.sort((a, b) => a.start - b.start)
  return { ids: chosen.flatMap((run) => idsOf(run.start, run.length)), contiguous: false }
}
