// `auditWalk.scan` (WALK1): a position label or address makes that position the walk's current
// one, found empty until a plant is scanned; a plant label or tag records the plant at the
// current position. Keyed (phones replay offline scans); scans of one walk serialize on the
// walk's row, and each gets a later time than the one before, so replaying them by time
// keeps their order (WALK2).
import type { PrismaClient, TransactionClient } from '@growops/db'
import {
  DomainError,
  parseScanInput,
  positionVerdict,
  type AuditWalkScanInput,
  type PositionVerdict,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { runIdempotent } from '../idempotency/run-idempotent.ts'
import { assertWalkAccess, assertWalkOpen, lockWalkFor } from './walk-access.ts'

export interface WalkScanResult {
  scan: {
    id: string
    kind: 'position' | 'plant'
    positionId: string
    address: string
    plantTag: string | null
    scannedAt: string
  }
  /** What the database records at the position, against what this scan found there. */
  expectedTag: string | null
  verdict: PositionVerdict
}

type ScanTarget =
  { kind: 'position'; where: { id: string } | { address: string } } | { kind: 'plant'; tag: string }

function targetOf(text: string): ScanTarget {
  const input = parseScanInput(text)
  if (input.source === 'tag') return { kind: 'plant', tag: input.tag }
  if (input.source === 'address') return { kind: 'position', where: { address: input.address } }
  if (input.payload.kind === 'p') return { kind: 'plant', tag: input.payload.tag }
  if (input.payload.kind === 'a') return { kind: 'position', where: { id: input.payload.id } }
  throw new DomainError(
    'VALIDATION.FAILED',
    'During an audit walk, scan position labels and the plant labels found there.',
    { kind: input.payload.kind },
  )
}

async function findPosition(
  tx: TransactionClient,
  actor: Actor,
  where: { id: string } | { address: string },
): Promise<{ id: string; address: string; roomId: string; room: { name: string } }> {
  const propertyCode =
    'address' in where ? where.address.slice(0, where.address.indexOf('.')) : null
  const position = await tx.position.findFirst({
    where: {
      ...where,
      property: {
        organizationId: actor.organizationId,
        ...(propertyCode ? { code: propertyCode } : {}),
      },
    },
    select: { id: true, address: true, roomId: true, room: { select: { name: true } } },
  })
  if (!position) {
    throw new DomainError('NOT_FOUND', 'No such position in this organization.', {
      entity: 'Position',
      ...where,
    })
  }
  return position
}

async function applyScan(
  tx: TransactionClient,
  actor: Actor,
  input: Omit<AuditWalkScanInput, 'idempotencyKey'>,
  now: Date,
): Promise<WalkScanResult> {
  const walk = await lockWalkFor(tx, actor, input.walkId)
  assertWalkOpen(walk)
  const target = targetOf(input.text)
  const last = await tx.auditWalkScan.findFirst({
    where: { walkId: walk.id },
    orderBy: [{ scannedAt: 'desc' }, { id: 'desc' }],
    select: { positionId: true, scannedAt: true },
  })
  let positionId: string
  if (target.kind === 'position') {
    const position = await findPosition(tx, actor, target.where)
    if (position.roomId !== walk.roomId) {
      throw new DomainError(
        'AUDIT_WALK.WRONG_ROOM',
        `Position ${position.address} is in ${position.room.name}, not in the room being walked.`,
        { address: position.address, roomId: position.roomId },
      )
    }
    positionId = position.id
  } else {
    if (!last?.positionId) {
      throw new DomainError(
        'AUDIT_WALK.SCAN_POSITION_FIRST',
        'Scan the position label first, then the plant found there.',
        { tag: target.tag },
      )
    }
    positionId = last.positionId
  }
  const scannedAt =
    last && last.scannedAt.getTime() >= now.getTime() ? new Date(last.scannedAt.getTime() + 1) : now
  const scan = await tx.auditWalkScan.create({
    data: {
      walkId: walk.id,
      positionId,
      plantTag: target.kind === 'plant' ? target.tag : null,
      scannedText: input.text,
      scannedAt,
    },
    select: { id: true, plantTag: true, scannedAt: true, positionId: true },
  })
  const [position, expected] = await Promise.all([
    tx.position.findUniqueOrThrow({ where: { id: positionId }, select: { address: true } }),
    tx.plant.findUnique({ where: { positionId }, select: { tagNumber: true } }),
  ])
  const expectedTag = expected?.tagNumber ?? null
  return {
    scan: {
      id: scan.id,
      kind: target.kind,
      positionId,
      address: position.address,
      plantTag: scan.plantTag,
      scannedAt: scan.scannedAt.toISOString(),
    },
    expectedTag,
    verdict: positionVerdict(expectedTag, scan.plantTag),
  }
}

export async function scanWalk(
  prisma: PrismaClient,
  actor: Actor,
  input: AuditWalkScanInput,
  now = new Date(),
): Promise<WalkScanResult> {
  assertWalkAccess(actor)
  const { idempotencyKey, ...request } = input
  return runIdempotent(
    prisma,
    {
      userId: actor.userId,
      key: idempotencyKey,
      scope: 'auditWalk.scan',
      input: { organizationId: actor.organizationId, ...request },
    },
    (tx) => applyScan(tx, actor, request, now),
  )
}
