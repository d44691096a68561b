import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors/domain-error.ts'
import {
  assertVisitStatusChange,
  canChangeVisitStatus,
  checkOutOutcome,
  nextVisitStatuses,
  VISIT_STATUSES,
  type VisitStatus,
} from './visit-status.ts'

const ALLOWED = new Set(['EXPECTED>CHECKED_IN', 'EXPECTED>CANCELLED', 'CHECKED_IN>CHECKED_OUT'])
const pairs = VISIT_STATUSES.flatMap((from) => VISIT_STATUSES.map((to) => [from, to] as const))

function refusal(from: VisitStatus, to: VisitStatus): DomainError {
  try {
    assertVisitStatusChange(from, to)
  } catch (error) {
    if (error instanceof DomainError) return error
    throw error
  }
  throw new Error(`expected ${from} → ${to} to be refused`)
}

describe('visit status machine', () => {
  it.each(pairs)('[VIS3] %s → %s', (from, to) => {
    const allowed = ALLOWED.has(`${from}>${to}`)
    expect(canChangeVisitStatus(from, to)).toBe(allowed)
    expect(nextVisitStatuses(from).includes(to)).toBe(allowed)
    if (allowed) expect(() => assertVisitStatusChange(from, to)).not.toThrow()
    else {
      const error = refusal(from, to)
      expect(error.code).toBe('VISIT.INVALID_TRANSITION')
      expect(error.details).toEqual({ from, to })
    }
  })

  it('[VIS3] a checked-out badge cannot check in again, with a message that says so', () => {
    expect(refusal('CHECKED_OUT', 'CHECKED_IN').message).toMatch(/already checked out.*new visit/i)
    expect(refusal('CANCELLED', 'CHECKED_IN').message).toMatch(/cancelled/)
    expect(refusal('CHECKED_IN', 'CANCELLED').message).toMatch(/check them out instead/)
  })

  it('[VIS3] CHECKED_OUT and CANCELLED are final', () => {
    expect(nextVisitStatuses('CHECKED_OUT')).toEqual([])
    expect(nextVisitStatuses('CANCELLED')).toEqual([])
  })

  it('[VIS4] checking out is idempotent; a visit that never checked in cannot be checked out', () => {
    expect(checkOutOutcome('CHECKED_IN')).toBe('CHECK_OUT')
    expect(checkOutOutcome('CHECKED_OUT')).toBe('ALREADY_OUT')
    expect(() => checkOutOutcome('EXPECTED')).toThrow(/not checked in yet/)
    expect(() => checkOutOutcome('CANCELLED')).toThrow(
      expect.objectContaining({ code: 'VISIT.INVALID_TRANSITION' }) as Error,
    )
  })
})
