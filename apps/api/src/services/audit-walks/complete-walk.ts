// `auditWalk.complete`: freezes the comparison as the walk's report (WALK4). Completing a walk
// again answers with the report already frozen.
import type { Prisma, PrismaClient } from '@growops/db'
import type { AuditWalkIdInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { assertWalkAccess, lockWalkFor } from './walk-access.ts'
import { walkComparison } from './walk-comparison.ts'
import { getWalk, type AuditWalkDetail } from './get-walk.ts'

export async function completeWalk(
  prisma: PrismaClient,
  actor: Actor,
  input: AuditWalkIdInput,
  now = new Date(),
): Promise<AuditWalkDetail> {
  assertWalkAccess(actor)
  await prisma.$transaction(async (tx) => {
    const walk = await lockWalkFor(tx, actor, input.walkId)
    if (walk.status === 'COMPLETED') return
    const report = await walkComparison(tx, walk)
    await tx.auditWalk.update({
      where: { id: walk.id },
      data: {
        status: 'COMPLETED',
        completedAt: now,
        report: report as unknown as Prisma.InputJsonValue,
      },
    })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'auditWalk.complete',
      entityType: 'AuditWalk',
      entityId: walk.id,
      before: { status: walk.status },
      after: { status: 'COMPLETED', roomId: walk.roomId, counts: report.counts },
    })
  })
  return getWalk(prisma, actor, input)
}
