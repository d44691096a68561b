// `labor.options`: what the time clock and the labor pages offer to choose from — rooms, the
// caller's open tasks, growing batches, and (for readers and owners) the people.
import type { PrismaClient } from '@growops/db'
import type { Actor } from '../access/actor.ts'

const TASK_LIMIT = 100

export async function laborOptions(prisma: PrismaClient, actor: Actor) {
  const organizationId = actor.organizationId
  const [rooms, tasks, batches, members] = await Promise.all([
    prisma.room.findMany({
      where: { building: { property: { organizationId } } },
      select: {
        id: true,
        code: true,
        name: true,
        building: { select: { code: true, property: { select: { code: true } } } },
      },
      orderBy: [{ building: { code: 'asc' } }, { code: 'asc' }],
    }),
    prisma.task.findMany({
      where: {
        organizationId,
        status: { in: ['OPEN', 'IN_PROGRESS'] },
        OR: [{ assigneeId: actor.userId }, { assigneeId: null, assigneeRole: actor.role }],
      },
      select: { id: true, title: true, roomId: true, batchId: true, dueAt: true },
      orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
      take: TASK_LIMIT,
    }),
    prisma.batch.findMany({
      where: { organizationId, stage: { notIn: ['FINISHED', 'DESTROYED'] } },
      select: { id: true, name: true, stage: true },
      orderBy: { name: 'asc' },
    }),
    prisma.membership.findMany({
      where: {
        organizationId,
        // STAFF pick nobody but themselves.
        ...(actor.level === 'LIMITED' ? { userId: actor.userId } : {}),
      },
      select: { role: true, user: { select: { id: true, name: true } } },
      orderBy: { user: { name: 'asc' } },
    }),
  ])
  return {
    rooms: rooms.map((room) => ({
      id: room.id,
      code: room.code,
      name: room.name,
      buildingCode: room.building.code,
      propertyCode: room.building.property.code,
    })),
    tasks: tasks.map((task) => ({ ...task, dueAt: task.dueAt?.toISOString() ?? null })),
    batches,
    people: members.map((member) => ({ ...member.user, role: member.role })),
  }
}
