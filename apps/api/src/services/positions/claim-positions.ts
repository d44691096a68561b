// Taking positions for a batch in one conditional UPDATE: only positions that are free for
// the batch (POS2) change. Concurrent claims of one position serialize on its row lock, and
// PostgreSQL re-checks the condition on the row the winner committed, so exactly one claim
// wins. The caller's transaction makes a partial claim all-or-nothing: any shortfall throws.
import type { TransactionClient } from '@growops/db'
import { DomainError, positionRefusal, type DomainErrorCode } from '@growops/domain'

export interface ClaimedPosition {
  id: string
  address: string
  roomId: string
  propertyId: string
}

export interface ClaimRequest {
  organizationId: string
  positionIds: string[]
  /** Positions must be at the batch's property. */
  propertyId: string
  batchId: string
  /** OCCUPIED for a plant, or RESERVED for the batch until a time. */
  claim: { status: 'OCCUPIED' } | { status: 'RESERVED'; until: Date }
  now: Date
}

/** Claims every position or throws (POS3 / NOT_FOUND), naming the positions refused. */
export async function claimPositions(
  tx: TransactionClient,
  request: ClaimRequest,
): Promise<ClaimedPosition[]> {
  const claimed = await tx.position.updateManyAndReturn({
    where: {
      id: { in: request.positionIds },
      propertyId: request.propertyId,
      OR: [
        { status: 'EMPTY' },
        { status: 'RESERVED', reservedUntil: { lte: request.now } },
        { status: 'RESERVED', reservedForBatchId: request.batchId },
      ],
    },
    data:
      request.claim.status === 'OCCUPIED'
        ? { status: 'OCCUPIED', reservedForBatchId: null, reservedUntil: null }
        : {
            status: 'RESERVED',
            reservedForBatchId: request.batchId,
            reservedUntil: request.claim.until,
          },
    select: { id: true, address: true, roomId: true, propertyId: true },
  })
  if (claimed.length < request.positionIds.length) {
    const taken = new Set(claimed.map((position) => position.id))
    await refuseUnclaimed(
      tx,
      request,
      request.positionIds.filter((id) => !taken.has(id)),
    )
  }
  return claimed
}

const SHOWN = 50

function listed(addresses: string[]): string {
  const shown = addresses.slice(0, 5).join(', ')
  return addresses.length > 5 ? `${shown} and ${addresses.length - 5} more` : shown
}

async function refuseUnclaimed(
  tx: TransactionClient,
  request: ClaimRequest,
  missingIds: string[],
): Promise<never> {
  const positions = await tx.position.findMany({
    where: { id: { in: missingIds }, property: { organizationId: request.organizationId } },
    select: {
      id: true,
      address: true,
      status: true,
      reservedForBatchId: true,
      reservedUntil: true,
      propertyId: true,
    },
    orderBy: { address: 'asc' },
  })
  if (positions.length < missingIds.length) {
    const found = new Set(positions.map((position) => position.id))
    const unknown = missingIds.filter((id) => !found.has(id))
    throw new DomainError(
      'NOT_FOUND',
      `${unknown.length === 1 ? 'A position does' : `${unknown.length} positions do`} not exist in this organization.`,
      { entity: 'Position', ids: unknown.slice(0, SHOWN), count: unknown.length },
    )
  }
  const elsewhere = positions.filter((position) => position.propertyId !== request.propertyId)
  if (elsewhere.length > 0) {
    const addresses = elsewhere.map((position) => position.address)
    throw new DomainError(
      'POSITION.UNAVAILABLE',
      `Not at this batch's property: ${listed(addresses)}. Plants and reservations stay within the batch's property.`,
      { reason: 'OTHER_PROPERTY', addresses: addresses.slice(0, SHOWN), count: addresses.length },
    )
  }
  const byCode = new Map<DomainErrorCode, typeof positions>()
  for (const position of positions) {
    const code = positionRefusal(position, request.batchId, request.now)
    if (code) byCode.set(code, [...(byCode.get(code) ?? []), position])
  }
  for (const [code, what] of [
    ['POSITION.OCCUPIED', 'occupied'],
    ['POSITION.RESERVED', 'reserved for another batch'],
    ['POSITION.UNAVAILABLE', 'damaged'],
  ] as const) {
    const refused = byCode.get(code)
    if (!refused) continue
    const addresses = refused.map((position) => position.address)
    const subject =
      refused.length === 1 ? `Position ${addresses[0]} is` : `${refused.length} positions are`
    throw new DomainError(
      code,
      refused.length === 1 ? `${subject} ${what}.` : `${subject} ${what}: ${listed(addresses)}.`,
      {
        positions: refused.slice(0, SHOWN).map((position) => ({
          id: position.id,
          address: position.address,
          status: position.status,
        })),
        count: refused.length,
      },
    )
  }
  throw new DomainError('CONFLICT', 'Those positions changed while you asked; try again.', {
    positionIds: missingIds.slice(0, SHOWN),
  })
}
