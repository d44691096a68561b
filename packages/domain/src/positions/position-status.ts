import { z } from 'zod'

/** What a position is doing, as stored. */
export const PositionStatusSchema = z.enum(['EMPTY', 'OCCUPIED', 'RESERVED', 'DAMAGED'])
export type PositionStatus = z.infer<typeof PositionStatusSchema>

/** The stored facts that decide whether a position is free. */
export interface PositionState {
  status: PositionStatus
  reservedForBatchId: string | null
  reservedUntil: Date | null
}

/**
 * The status people see (POS1): a reservation whose time has passed reads EMPTY, so
 * expired reservations free themselves without a background job. A reservation without an
 * end stays until it is released.
 */
export function effectivePositionStatus(position: PositionState, now: Date): PositionStatus {
  if (position.status !== 'RESERVED') return position.status
  if (position.reservedUntil !== null && position.reservedUntil.getTime() <= now.getTime()) {
    return 'EMPTY'
  }
  return 'RESERVED'
}

/**
 * Whether a plant of `batchId` may be put in the position now (POS2): it is empty, its
 * reservation has expired, or it is reserved for that very batch. Occupied and damaged
 * positions never are.
 */
export function isPositionFreeFor(
  position: PositionState,
  batchId: string | null,
  now: Date,
): boolean {
  const status = effectivePositionStatus(position, now)
  if (status === 'EMPTY') return true
  return status === 'RESERVED' && batchId !== null && position.reservedForBatchId === batchId
}

/** Why a position cannot take a plant of `batchId`, or null when it can (POS3). */
export function positionRefusal(
  position: PositionState,
  batchId: string | null,
  now: Date,
): 'POSITION.OCCUPIED' | 'POSITION.RESERVED' | 'POSITION.UNAVAILABLE' | null {
  if (isPositionFreeFor(position, batchId, now)) return null
  switch (effectivePositionStatus(position, now)) {
    case 'OCCUPIED':
      return 'POSITION.OCCUPIED'
    case 'RESERVED':
      return 'POSITION.RESERVED'
    default:
      return 'POSITION.UNAVAILABLE'
  }
}
