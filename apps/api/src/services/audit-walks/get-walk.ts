// `auditWalk.get`: the walk with expected vs found — computed live while in progress, the
// frozen report once completed (WALK4) — and the position the next plant scan goes to.
import type { PrismaClient } from '@growops/db'
import type { AuditWalkComparison, AuditWalkIdInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { assertWalkAccess, walkNotFound } from './walk-access.ts'
import { walkComparison } from './walk-comparison.ts'
import {
  frozenReport,
  toWalkSummary,
  userNames,
  WALK_SELECT,
  type AuditWalkSummary,
} from './walk-view.ts'

export interface AuditWalkDetail {
  walk: AuditWalkSummary
  comparison: AuditWalkComparison
  /** Where a plant scanned next is recorded; null before the first scan or once completed. */
  currentPosition: { positionId: string; address: string } | null
}

export async function getWalk(
  prisma: PrismaClient,
  actor: Actor,
  input: AuditWalkIdInput,
): Promise<AuditWalkDetail> {
  assertWalkAccess(actor)
  const walk = await prisma.auditWalk.findFirst({
    where: { id: input.walkId, organizationId: actor.organizationId },
    select: WALK_SELECT,
  })
  if (!walk) throw walkNotFound(input.walkId)
  const frozen = frozenReport(walk)
  const [comparison, last, names] = await Promise.all([
    frozen ?? walkComparison(prisma, walk),
    walk.status === 'IN_PROGRESS'
      ? prisma.auditWalkScan.findFirst({
          where: { walkId: walk.id, positionId: { not: null } },
          orderBy: [{ scannedAt: 'desc' }, { id: 'desc' }],
          select: { positionId: true },
        })
      : null,
    userNames(prisma, [walk.startedById]),
  ])
  const current = last?.positionId
    ? (comparison.positions.find((position) => position.positionId === last.positionId) ?? null)
    : null
  return {
    walk: toWalkSummary(walk, names.get(walk.startedById) ?? null),
    comparison,
    currentPosition: current ? { positionId: current.positionId, address: current.address } : null,
  }
}
