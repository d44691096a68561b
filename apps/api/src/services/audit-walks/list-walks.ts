// `auditWalk.list`: a room's walks, newest first, with their report counts once completed.
import type { PrismaClient } from '@growops/db'
import type { AuditWalkListInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { assertWalkAccess } from './walk-access.ts'
import { toWalkSummary, userNames, WALK_SELECT, type AuditWalkSummary } from './walk-view.ts'

export async function listWalks(
  prisma: PrismaClient,
  actor: Actor,
  input: AuditWalkListInput,
): Promise<AuditWalkSummary[]> {
  assertWalkAccess(actor)
  const walks = await prisma.auditWalk.findMany({
    where: { organizationId: actor.organizationId, roomId: input.roomId },
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    take: input.limit,
    select: WALK_SELECT,
  })
  const names = await userNames(
    prisma,
    walks.map((walk) => walk.startedById),
  )
  return walks.map((walk) => toWalkSummary(walk, names.get(walk.startedById) ?? null))
}
