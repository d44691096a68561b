// Wage rates (LAB7, LAB14), OWNER only: every row of the organization with who set it, which
// one is in force now, and new rows effective from local midnight of a date. Rows are never
// edited, so the history is the table.
import type { PrismaClient } from '@growops/db'
import {
  createRateResolver,
  type SetWageRateInput,
  type WageRateListInput,
  type WageRateRow,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { assertLaborOwner, laborCalendar, loadWorker } from './labor-access.ts'

const WAGE_RATE_SELECT = {
  id: true,
  userId: true,
  user: { select: { id: true, name: true } },
  role: true,
  hourlyCents: true,
  effectiveFrom: true,
  note: true,
  createdById: true,
  createdAt: true,
} as const

export async function listWageRates(prisma: PrismaClient, actor: Actor, input: WageRateListInput) {
  assertLaborOwner(actor, 'see wage rates')
  const rows = await prisma.wageRate.findMany({
    where: {
      organizationId: actor.organizationId,
      ...(input.userId ? { userId: input.userId } : {}),
      ...(input.role ? { role: input.role, userId: null } : {}),
    },
    orderBy: [{ effectiveFrom: 'desc' }, { createdAt: 'desc' }],
    select: WAGE_RATE_SELECT,
  })
  // "In force now": what the resolver picks today for that person or role.
  const domainRows: WageRateRow[] = rows.map((row) => ({
    id: row.id,
    userId: row.userId,
    role: row.role,
    hourlyCents: row.hourlyCents,
    effectiveFrom: row.effectiveFrom.getTime(),
    createdAt: row.createdAt.getTime(),
  }))
  const resolve = createRateResolver(domainRows)
  const now = Date.now()
  const current = new Set<string>()
  for (const row of rows) {
    const rate = row.userId ? resolve(row.userId, null, now) : resolve('', row.role, now)
    if (rate) current.add(rate.rateId)
  }
  const creators = await prisma.user.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.createdById))] } },
    select: { id: true, name: true },
  })
  const creatorName = new Map(creators.map((user) => [user.id, user.name]))
  return rows.map((row) => ({
    id: row.id,
    user: row.user,
    role: row.userId ? null : row.role,
    hourlyCents: row.hourlyCents,
    effectiveFrom: row.effectiveFrom.toISOString(),
    note: row.note,
    current: current.has(row.id),
    createdBy: { id: row.createdById, name: creatorName.get(row.createdById) ?? null },
    createdAt: row.createdAt.toISOString(),
  }))
}

export async function setWageRate(prisma: PrismaClient, actor: Actor, input: SetWageRateInput) {
  assertLaborOwner(actor, 'set wage rates')
  if (input.userId) await loadWorker(prisma, actor, input.userId)
  const effectiveFrom = new Date(laborCalendar(input.timeZone).startOf(input.effectiveFrom))
  const row = await prisma.$transaction(async (tx) => {
    const created = await tx.wageRate.create({
      data: {
        organizationId: actor.organizationId,
        userId: input.userId ?? null,
        role: input.userId ? null : (input.role ?? null),
        hourlyCents: input.hourlyCents,
        effectiveFrom,
        note: input.note || null,
        createdById: actor.userId,
      },
      select: WAGE_RATE_SELECT,
    })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'wageRate.set',
      entityType: 'WageRate',
      entityId: created.id,
      before: null,
      after: {
        userId: created.userId,
        role: created.role,
        hourlyCents: created.hourlyCents,
        effectiveFrom: created.effectiveFrom.toISOString(),
        note: created.note,
      },
    })
    return created
  })
  return {
    id: row.id,
    user: row.user,
    role: row.role,
    hourlyCents: row.hourlyCents,
    effectiveFrom: row.effectiveFrom.toISOString(),
    note: row.note,
  }
}
