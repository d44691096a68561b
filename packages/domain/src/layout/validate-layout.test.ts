import { describe, expect, it } from 'vitest'
import { validateLayoutSnapshot } from './validate-layout.ts'
import { LAYOUT_SNAPSHOT_LIMITS } from './layout-snapshot.schema.ts'
import { building, rect, room, section, snapshotOf } from './snapshot-fixtures.ts'

function codesOf(issues: { code: string }[]): string[] {
  return issues.map((i) => i.code)
}

describe('validateLayoutSnapshot', () => {
  const ok = snapshotOf(
    building('shape:b1', 'GROW1', rect(0, 0, 100, 100), [
      room('shape:r1', 'VEG-A', rect(0, 0, 50, 50), [
        section('shape:t1', 'T1', rect(2, 2, 10, 10)),
        // touches T1 along an edge: not an overlap
        section('shape:t2', 'T2', rect(12, 2, 10, 10)),
      ]),
      room('shape:r2', 'VEG-B', rect(50, 0, 50, 50), [
        section('shape:t3', 'T1', rect(52, 2, 10, 10)),
      ]),
    ]),
  )

  it('[LAYC3] accepts a valid layout, edges that touch and equal codes in different rooms', () => {
    expect(validateLayoutSnapshot(ok)).toEqual([])
  })

  it('[LAYC2] reports sibling building, room and section codes used twice, with every shape', () => {
    const snapshot = snapshotOf(
      building('shape:b1', 'GROW1', rect(0, 0, 100, 100), [
        room('shape:r1', 'VEG-A', rect(0, 0, 50, 50), [
          section('shape:t1', 'T1', rect(2, 2, 10, 10)),
          section('shape:t2', 'T1', rect(20, 2, 10, 10)),
        ]),
        room('shape:r2', 'VEG-A', rect(50, 0, 50, 50)),
      ]),
      building('shape:b2', 'GROW1', rect(200, 0, 10, 10)),
    )
    const issues = validateLayoutSnapshot(snapshot)
    expect(issues.map((i) => [i.code, i.params.kind, i.params.code, i.shapeIds])).toEqual([
      ['DUPLICATE_CODE', 'building', 'GROW1', ['shape:b1', 'shape:b2']],
      ['DUPLICATE_CODE', 'room', 'VEG-A', ['shape:r1', 'shape:r2']],
      ['DUPLICATE_CODE', 'section', 'T1', ['shape:t1', 'shape:t2']],
    ])
    expect(issues[2]?.message).toBe(
      'Section code "T1" is used by 2 sections in Room "VEG-A"; give each its own code.',
    )
    expect(issues[2]?.params.parent).toBe('VEG-A')
  })

  it('[LAYC2] reports codes that break HIER1 once, not also as duplicates', () => {
    const snapshot = snapshotOf(
      building('shape:b1', 'GROW1', rect(0, 0, 100, 100), [
        room('shape:r1', 'veg', rect(0, 0, 50, 50), [
          section('shape:t1', '', rect(2, 2, 10, 10), { name: 'Left' }),
          section('shape:t2', '', rect(20, 2, 10, 10), { name: 'Right' }),
        ]),
      ]),
    )
    const issues = validateLayoutSnapshot(snapshot)
    expect(codesOf(issues)).toEqual(['INVALID_CODE', 'INVALID_CODE', 'INVALID_CODE'])
    expect(issues[0]?.message).toBe('Room code "veg" has lower-case letters; codes are upper-case.')
    expect(issues[0]?.params).toEqual({ kind: 'room', code: 'veg', problem: 'LOWER_CASE' })
  })

  it('[LAYC2] reports a blank name', () => {
    const snapshot = snapshotOf(
      building('shape:b1', 'GROW1', rect(0, 0, 10, 10), [], { name: '  ' }),
    )
    expect(validateLayoutSnapshot(snapshot)).toEqual([
      {
        code: 'EMPTY_NAME',
        shapeIds: ['shape:b1'],
        message: 'Building "GROW1" has no name; give it one.',
        params: { kind: 'building', code: 'GROW1' },
      },
    ])
  })

  it('[LAYC3] reports each overlapping pair of sections in a room once', () => {
    const snapshot = snapshotOf(
      building('shape:b1', 'GROW1', rect(0, 0, 100, 100), [
        room('shape:r1', 'VEG-A', rect(0, 0, 50, 50), [
          section('shape:t1', 'T1', rect(0, 0, 10, 10)),
          section('shape:t2', 'T2', rect(30, 30, 10, 10)),
          section('shape:t3', 'T3', rect(9, 9, 10, 10)),
          section('shape:t4', 'T4', rect(5, 5, 1, 1)),
        ]),
      ]),
    )
    const issues = validateLayoutSnapshot(snapshot)
    expect(issues.map((i) => i.shapeIds)).toEqual([
      ['shape:t1', 'shape:t3'],
      ['shape:t1', 'shape:t4'],
    ])
    expect(issues[0]?.message).toBe(
      'Sections "T1" and "T3" overlap in room "VEG-A"; move them apart.',
    )
  })

  it('[LAYC3] does not compare sections of different rooms', () => {
    const snapshot = snapshotOf(
      building('shape:b1', 'GROW1', rect(0, 0, 100, 100), [
        room('shape:r1', 'VEG-A', rect(0, 0, 50, 50), [
          section('shape:t1', 'T1', rect(0, 0, 10, 10)),
        ]),
        room('shape:r2', 'VEG-B', rect(0, 0, 50, 50), [
          section('shape:t2', 'T2', rect(0, 0, 10, 10)),
        ]),
      ]),
    )
    expect(validateLayoutSnapshot(snapshot)).toEqual([])
  })

  it('[LAYC4] reports keys and entity ids used twice', () => {
    const id = '0d6f2a43-7c1e-4a53-9b1e-2f0f6b0f4c11'
    const snapshot = snapshotOf(
      building('shape:b1', 'GROW1', rect(0, 0, 100, 100), [
        room('shape:r1', 'VEG-A', rect(0, 0, 50, 50), [
          section('shape:t1', 'T1', rect(0, 0, 10, 10), { entityId: id }),
          section('shape:t1', 'T2', rect(20, 0, 10, 10)),
          section('shape:t3', 'T3', rect(40, 0, 10, 10), { entityId: id }),
        ]),
      ]),
    )
    const issues = validateLayoutSnapshot(snapshot)
    expect(issues.map((i) => [i.code, i.shapeIds])).toEqual([
      ['DUPLICATE_KEY', ['shape:t1']],
      ['DUPLICATE_ENTITY', ['shape:t1', 'shape:t3']],
    ])
  })

  it('[LAYC10] counts rows × columns × slots against the position limit', () => {
    const big = (i: number) =>
      section(`shape:t${i}`, `T${i}`, rect(i * 20, 0, 10, 10), {
        rows: 200,
        columns: 200,
        slotsPerPosition: 1,
      })
    const at = (n: number) =>
      snapshotOf(
        building('shape:b1', 'GROW1', rect(0, 0, 1000, 100), [
          room(
            'shape:r1',
            'VEG-A',
            rect(0, 0, 1000, 50),
            Array.from({ length: n }, (_, i) => big(i)),
          ),
        ]),
      )
    // 2 × 40,000 = 80,000: allowed; 3 × 40,000 = 120,000: over the limit.
    expect(validateLayoutSnapshot(at(2))).toEqual([])
    const issues = validateLayoutSnapshot(at(3))
    expect(issues).toEqual([
      {
        code: 'TOO_MANY_POSITIONS',
        shapeIds: [],
        message: `The layout has 120000 positions; a property has at most ${LAYOUT_SNAPSHOT_LIMITS.positions}.`,
        params: { count: 120_000, limit: LAYOUT_SNAPSHOT_LIMITS.positions },
      },
    ])
  })

  it('[LAYC10] reports more sections in a room than the limit', () => {
    const n = LAYOUT_SNAPSHOT_LIMITS.sectionsPerRoom + 1
    const sections = Array.from({ length: n }, (_, i) =>
      section(`shape:t${i}`, `T${i}`, rect(i * 2, 0, 1, 1), { rows: 1, columns: 1 }),
    )
    const snapshot = snapshotOf(
      building('shape:b1', 'GROW1', rect(0, 0, 2000, 100), [
        room('shape:r1', 'VEG-A', rect(0, 0, 2000, 50), sections),
      ]),
    )
    const issues = validateLayoutSnapshot(snapshot)
    expect(codesOf(issues)).toEqual(['TOO_MANY_ELEMENTS'])
    expect(issues[0]?.params).toMatchObject({ what: 'sections', count: n, limit: n - 1 })
    expect(issues[0]?.shapeIds).toEqual(['shape:r1'])
  })
})
