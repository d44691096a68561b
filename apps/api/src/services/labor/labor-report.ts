// `labor.report` and the CSV export (LAB9, LAB10): one narrow query over the entries of the
// report's window, the domain report in one pass, then names for the keys shown.
import type { PrismaClient, Role } from '@growops/db'
import {
  buildLaborReport,
  createRateResolver,
  laborReportWindow,
  type BreakSpan,
  type LaborEntryRow,
  type LaborGroupBy,
  type LaborReport,
  type LaborReportInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { assertReportReader, laborCalendar } from './labor-access.ts'

interface EntryRecord {
  id: string
  userId: string
  clockInAt: number
  clockOutAt: number | null
  roomId: string | null
  batchId: string | null
  breakStart: number | null
  breakEnd: number | null
}

/**
 * Entries overlapping [start, end) with their room and batch, else their task's (LAB10), and
 * their unpaid breaks (paid breaks count as worked, so they do not matter here), in one query:
 * a row per entry and unpaid break. Times come as epoch ms (`date_part`, a float), so no Date
 * objects are built.
 */
async function loadEntries(
  prisma: PrismaClient,
  organizationId: string,
  window: { start: number; end: number },
): Promise<LaborEntryRow[]> {
  const rows = await prisma.$queryRaw<EntryRecord[]>`
    SELECT te.id, te."userId",
      date_part('epoch', te."clockInAt") * 1000 AS "clockInAt",
      date_part('epoch', te."clockOutAt") * 1000 AS "clockOutAt",
      COALESCE(te."roomId", t."roomId") AS "roomId",
      COALESCE(te."batchId", t."batchId") AS "batchId",
      date_part('epoch', tb."startedAt") * 1000 AS "breakStart",
      date_part('epoch', tb."endedAt") * 1000 AS "breakEnd"
    FROM "TimeEntry" te
    LEFT JOIN "Task" t ON t.id = te."taskId"
    LEFT JOIN "TimeBreak" tb ON tb."timeEntryId" = te.id AND NOT tb.paid
    WHERE te."organizationId" = ${organizationId}
      AND te."clockInAt" < ${new Date(window.end)}
      AND (te."clockOutAt" IS NULL OR te."clockOutAt" > ${new Date(window.start)})`
  const entries = new Map<string, LaborEntryRow & { breaks: BreakSpan[] }>()
  for (const row of rows) {
    let entry = entries.get(row.id)
    if (!entry) {
      entry = {
        userId: row.userId,
        clockInAt: row.clockInAt,
        clockOutAt: row.clockOutAt,
        roomId: row.roomId,
        batchId: row.batchId,
        breaks: [],
      }
      entries.set(row.id, entry)
    }
    if (row.breakStart !== null) {
      entry.breaks.push({ startedAt: row.breakStart, endedAt: row.breakEnd, paid: false })
    }
  }
  return [...entries.values()]
}

async function dryGramsByBatch(prisma: PrismaClient, organizationId: string) {
  const sums = await prisma.weightLog.groupBy({
    by: ['batchId'],
    where: { organizationId, kind: 'DRY' },
    _sum: { grams: true },
  })
  return new Map(sums.map((sum) => [sum.batchId, sum._sum.grams ?? 0]))
}

/** Display names of the keys of a report. */
async function namesOf(
  prisma: PrismaClient,
  actor: Actor,
  groupBy: LaborGroupBy,
  keys: string[],
  userIds: string[],
): Promise<{ keyName: Map<string, string>; personName: Map<string, string> }> {
  const people = await prisma.user.findMany({
    where: { id: { in: groupBy === 'person' ? [...new Set([...keys, ...userIds])] : userIds } },
    select: { id: true, name: true },
  })
  const personName = new Map(people.map((user) => [user.id, user.name]))
  let keyName = new Map<string, string>()
  if (groupBy === 'person') keyName = personName
  if (groupBy === 'room') {
    const rooms = await prisma.room.findMany({
      where: { id: { in: keys }, building: { property: { organizationId: actor.organizationId } } },
      select: { id: true, code: true, name: true, building: { select: { code: true } } },
    })
    keyName = new Map(
      rooms.map((room) => [room.id, `${room.building.code} · ${room.code} (${room.name})`]),
    )
  }
  if (groupBy === 'batch') {
    const batches = await prisma.batch.findMany({
      where: { id: { in: keys }, organizationId: actor.organizationId },
      select: { id: true, name: true },
    })
    keyName = new Map(batches.map((batch) => [batch.id, batch.name]))
  }
  return { keyName, personName }
}

export interface LaborReportView {
  groupBy: LaborGroupBy
  period: LaborReportInput['period']
  from: string
  to: string
  timeZone: string
  rows: (LaborReport['rows'][number] & { name: string | null })[]
  totals: LaborReport['totals']
  overtimeFlags: (LaborReport['overtimeFlags'][number] & { name: string | null })[]
}

/** The labor report of the caller's organization (readers and owners only). */
export async function laborReport(
  prisma: PrismaClient,
  actor: Actor,
  input: LaborReportInput,
): Promise<LaborReportView> {
  assertReportReader(actor)
  const calendar = laborCalendar(input.timeZone)
  const window = laborReportWindow(input.from, input.to, calendar)
  const organizationId = actor.organizationId
  const [entries, rates, members, dry] = await Promise.all([
    loadEntries(prisma, organizationId, window),
    prisma.wageRate.findMany({
      where: { organizationId },
      select: {
        id: true,
        userId: true,
        role: true,
        hourlyCents: true,
        effectiveFrom: true,
        createdAt: true,
      },
    }),
    prisma.membership.findMany({ where: { organizationId }, select: { userId: true, role: true } }),
    input.groupBy === 'batch' ? dryGramsByBatch(prisma, organizationId) : undefined,
  ])
  const roles = new Map<string, Role>(members.map((member) => [member.userId, member.role]))
  const report = buildLaborReport(entries, {
    groupBy: input.groupBy,
    period: input.period,
    from: input.from,
    to: input.to,
    calendar,
    now: Date.now(),
    resolveRate: createRateResolver(
      rates.map((rate) => ({
        ...rate,
        effectiveFrom: rate.effectiveFrom.getTime(),
        createdAt: rate.createdAt.getTime(),
      })),
    ),
    roleOf: (userId) => roles.get(userId) ?? null,
    dryGramsByBatch: dry,
  })
  const keys = report.rows.flatMap((row) => (row.key === null ? [] : [row.key]))
  const { keyName, personName } = await namesOf(
    prisma,
    actor,
    input.groupBy,
    input.groupBy === 'period' ? [] : keys,
    [...new Set(report.overtimeFlags.map((flag) => flag.userId))],
  )
  return {
    groupBy: input.groupBy,
    period: input.period,
    from: input.from,
    to: input.to,
    timeZone: calendar.timeZone,
    rows: report.rows.map((row) => ({
      ...row,
      name:
        row.key === null
          ? null
          : (keyName.get(row.key) ?? (input.groupBy === 'period' ? row.key : null)),
    })),
    totals: report.totals,
    // By week, then by name: the order a person reading the report expects.
    overtimeFlags: report.overtimeFlags
      .map((flag) => ({ ...flag, name: personName.get(flag.userId) ?? null }))
      .sort(
        (a, b) =>
          a.weekStart.localeCompare(b.weekStart) || (a.name ?? '').localeCompare(b.name ?? ''),
      ),
  }
}
