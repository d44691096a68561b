import { describe, expect, it } from 'vitest'
import {
  effectivePositionStatus,
  isPositionFreeFor,
  positionRefusal,
  type PositionState,
} from './position-status.ts'
import { assertReservationWindow } from './reservation.ts'
import { DomainError } from '../errors/domain-error.ts'

const now = new Date('2026-05-01T12:00:00Z')
const past = new Date('2026-05-01T11:59:59Z')
const future = new Date('2026-05-02T12:00:00Z')

function state(
  status: PositionState['status'],
  reservedForBatchId: string | null = null,
  reservedUntil: Date | null = null,
): PositionState {
  return { status, reservedForBatchId, reservedUntil }
}

describe('position status', () => {
  it.each([
    { position: state('EMPTY'), effective: 'EMPTY' },
    { position: state('OCCUPIED'), effective: 'OCCUPIED' },
    { position: state('DAMAGED'), effective: 'DAMAGED' },
    { position: state('RESERVED', 'b1', future), effective: 'RESERVED' },
    { position: state('RESERVED', 'b1', past), effective: 'EMPTY' },
    { position: state('RESERVED', 'b1', now), effective: 'EMPTY' },
    { position: state('RESERVED', 'b1', null), effective: 'RESERVED' },
  ])('[POS1] $position.status until $position.reservedUntil reads $effective', (row) => {
    expect(effectivePositionStatus(row.position, now)).toBe(row.effective)
  })

  it.each([
    { position: state('EMPTY'), batch: 'b1', free: true, refusal: null },
    { position: state('EMPTY'), batch: null, free: true, refusal: null },
    { position: state('RESERVED', 'b1', future), batch: 'b1', free: true, refusal: null },
    {
      position: state('RESERVED', 'b1', future),
      batch: 'b2',
      free: false,
      refusal: 'POSITION.RESERVED',
    },
    {
      position: state('RESERVED', 'b1', future),
      batch: null,
      free: false,
      refusal: 'POSITION.RESERVED',
    },
    { position: state('RESERVED', 'b1', past), batch: 'b2', free: true, refusal: null },
    { position: state('OCCUPIED'), batch: 'b1', free: false, refusal: 'POSITION.OCCUPIED' },
    { position: state('DAMAGED'), batch: 'b1', free: false, refusal: 'POSITION.UNAVAILABLE' },
  ])('[POS2][POS3] $position.status for $position.reservedForBatchId, asked by $batch', (row) => {
    expect(isPositionFreeFor(row.position, row.batch, now)).toBe(row.free)
    expect(positionRefusal(row.position, row.batch, now)).toBe(row.refusal)
  })

  it.each([
    { until: past, ok: false },
    { until: now, ok: false },
    { until: future, ok: true },
    { until: new Date(now.getTime() + 366 * 86_400_000), ok: true },
    { until: new Date(now.getTime() + 367 * 86_400_000), ok: false },
    { until: new Date(Number.NaN), ok: false },
  ])('[POS4] a reservation ending $until is accepted: $ok', ({ until, ok }) => {
    const run = () => assertReservationWindow(until, now)
    if (ok) expect(run).not.toThrow()
    else expect(run).toThrow(DomainError)
  })
})
