// The open tasks a scanned plant shows (scan.resolve): linked to its position or its batch,
// soonest due first; staff see only theirs (TASK7).
import type { PrismaClient, Prisma } from '@growops/db'
import { OPEN_TASK_STATUSES } from '@growops/domain'
import type { Actor } from '../access/actor.ts'

export interface ScanTaskView {
  id: string
  title: string
  dueAt: string | null
  status: 'OPEN' | 'IN_PROGRESS'
}

const SHOWN = 10

export async function openTasksOfPlant(
  prisma: PrismaClient,
  actor: Actor,
  links: { positionId: string | null; batchId: string | null },
): Promise<ScanTaskView[]> {
  const about: Prisma.TaskWhereInput[] = []
  if (links.positionId) about.push({ positionId: links.positionId })
  if (links.batchId) about.push({ batchId: links.batchId })
  if (about.length === 0) return []
  const mine: Prisma.TaskWhereInput =
    actor.level === 'LIMITED'
      ? {
          OR: [
            { assigneeId: actor.userId },
            { assigneeRole: actor.role },
            { createdById: actor.userId },
          ],
        }
      : {}
  const rows = await prisma.task.findMany({
    where: {
      organizationId: actor.organizationId,
      status: { in: [...OPEN_TASK_STATUSES] },
      AND: [{ OR: about }, mine],
    },
    orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    take: SHOWN,
    select: { id: true, title: true, dueAt: true, status: true },
  })
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    dueAt: row.dueAt?.toISOString() ?? null,
    status: row.status === 'IN_PROGRESS' ? 'IN_PROGRESS' : 'OPEN',
  }))
}
