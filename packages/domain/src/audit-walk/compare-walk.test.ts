import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { auditWalkCsv } from './audit-walk-csv.ts'
import { compareAuditWalk, type ExpectedPlant, type WalkScan } from './compare-walk.ts'

const at = (n: number) => `2026-05-01T10:00:${String(n).padStart(2, '0')}.000Z`
const address = (n: number) => `MAIN.GROW1.VEG-A.LEFT.R1.C${n}.P1`
const pos = (n: number) => `pos-${n}`
const plant = (tag: string, n: number): ExpectedPlant => ({
  plantId: `plant-${tag}`,
  tag,
  positionId: pos(n),
  address: address(n),
})
const scan = (n: number, tag: string | null, second: number): WalkScan => ({
  positionId: pos(n),
  address: address(n),
  plantTag: tag,
  scannedAt: at(second),
})

const expected = [plant('A', 1), plant('B', 2), plant('C', 3), plant('D', 4)]

describe('audit walk comparison', () => {
  it('[WALK3] a walk that finds every plant where recorded has no discrepancy', () => {
    const scans = expected.map((p, i) => scan(i + 1, p.tag, i))
    const report = compareAuditWalk(expected, scans)
    expect(report.counts).toMatchObject({ expected: 4, matched: 4, missing: 0, unexpected: 0 })
    expect(report.positions.map((p) => p.verdict)).toEqual(['MATCH', 'MATCH', 'MATCH', 'MATCH'])
  })

  it('[WALK3] reports one missing and one misplaced plant, and a stranger', () => {
    const scans = [
      scan(1, 'A', 1),
      scan(2, null, 2), // B's position is empty…
      scan(5, 'C', 3), // …C stands at position 5…
      scan(3, 'X', 4), // …and C's place holds X, recorded elsewhere
      scan(4, 'D', 5),
    ]
    const report = compareAuditWalk(expected, scans, [
      { plantId: 'plant-X', tag: 'X', address: 'MAIN.GROW1.FLOWER-A.T1.R1.C1.P1' },
    ])
    expect(report.missing).toEqual([
      {
        plantId: 'plant-B',
        tag: 'B',
        expectedPositionId: pos(2),
        expectedAddress: address(2),
        positionScanned: true,
      },
    ])
    expect(report.wrongPosition).toEqual([
      {
        plantId: 'plant-C',
        tag: 'C',
        expectedPositionId: pos(3),
        expectedAddress: address(3),
        foundPositionId: pos(5),
        foundAddress: address(5),
      },
    ])
    expect(report.unexpected).toEqual([
      {
        tag: 'X',
        foundPositionId: pos(3),
        foundAddress: address(3),
        plantId: 'plant-X',
        recordedAddress: 'MAIN.GROW1.FLOWER-A.T1.R1.C1.P1',
      },
    ])
    expect(report.positions.map((p) => [p.address.slice(-5), p.verdict])).toEqual([
      ['C1.P1', 'MATCH'],
      ['C2.P1', 'NOT_FOUND'],
      ['C3.P1', 'DIFFERENT'],
      ['C4.P1', 'MATCH'],
      ['C5.P1', 'UNEXPECTED'],
    ])
    expect(report.counts).toEqual({
      expected: 4,
      scannedPositions: 5,
      found: 4,
      matched: 2,
      missing: 1,
      unexpected: 1,
      wrongPosition: 1,
    })
  })

  it('[WALK3] a plant whose position was never scanned is missing, marked unvisited', () => {
    const report = compareAuditWalk(expected, [scan(1, 'A', 1)])
    expect(report.missing.map((m) => [m.tag, m.positionScanned])).toEqual([
      ['B', false],
      ['C', false],
      ['D', false],
    ])
  })

  it('[WALK2] scans are replayed by time: a rescanned position holds what was scanned last', () => {
    const report = compareAuditWalk(expected.slice(0, 1), [
      scan(1, null, 9),
      scan(1, 'A', 5),
      scan(1, 'Q', 2),
    ])
    expect(report.positions).toMatchObject([{ foundTag: null, verdict: 'NOT_FOUND' }])
    expect(report.missing.map((m) => m.tag)).toEqual(['A'])
    expect(report.unexpected).toEqual([])
  })

  it('[WALK2] a tag found again elsewhere leaves its earlier position empty', () => {
    const report = compareAuditWalk([plant('A', 1)], [scan(1, 'A', 1), scan(2, 'A', 2)])
    expect(report.wrongPosition.map((w) => w.foundAddress)).toEqual([address(2)])
    expect(report.positions.map((p) => [p.foundTag, p.verdict])).toEqual([
      [null, 'NOT_FOUND'],
      ['A', 'UNEXPECTED'],
    ])
  })

  it('[WALK3] an unknown tag is unexpected with no recorded address', () => {
    const report = compareAuditWalk([], [scan(7, 'ZZZ', 1)])
    expect(report.unexpected).toMatchObject([{ tag: 'ZZZ', plantId: null, recordedAddress: null }])
  })

  it('[WALK3] every expected plant is exactly one of matched, missing or misplaced', () => {
    const tags = ['A', 'B', 'C', 'D', 'E', 'F']
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            position: fc.integer({ min: 1, max: 8 }),
            tag: fc.option(fc.constantFrom(...tags)),
          }),
          { maxLength: 25 },
        ),
        (walk) => {
          const expectedPlants = tags.slice(0, 4).map((tag, i) => plant(tag, i + 1))
          const report = compareAuditWalk(
            expectedPlants,
            walk.map((s, i) => scan(s.position, s.tag, i)),
          )
          const { counts } = report
          expect(counts.matched + counts.missing + counts.wrongPosition).toBe(counts.expected)
          const foundTags = report.positions.flatMap((p) => p.foundTag ?? [])
          expect(new Set(foundTags).size).toBe(foundTags.length)
          expect(foundTags.length).toBe(counts.found)
        },
      ),
    )
  })

  it('[WALK5] the CSV lists discrepancies first, then matched and empty positions', () => {
    const report = compareAuditWalk(
      [plant('A', 1), plant('B', 2)],
      [scan(1, 'A', 1), scan(3, '=HYPERLINK("x")', 2), scan(4, null, 3)],
    )
    expect(auditWalkCsv(report).split('\r\n')).toEqual([
      'finding,tag,expectedAddress,foundAddress,recordedAddress',
      `MISSING,B,${address(2)},,${address(2)}`,
      `UNEXPECTED,"'=HYPERLINK(""x"")",,${address(3)},`,
      `MATCH,A,${address(1)},${address(1)},${address(1)}`,
      `EMPTY,,${address(4)},${address(4)},`,
      '',
    ])
  })
})
