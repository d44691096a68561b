// The visitor log of an organization over a time range, as the CSV rows of visitor-log-csv.ts,
// read in pages so that a year of visits never sits in memory at once. The HTTP export and the
// compliance audit packet read it here.
import type { Prisma, PrismaClient } from '@growops/db'
import { AuditInstantSchema, resolveAuditRange } from '@growops/domain'
import { z } from 'zod'
import type { VisitorLogRow } from './visitor-log-csv.ts'

/** `GET /exports/visitors.csv` parameters: the organization, optional range and property. */
export const VisitorLogQuerySchema = z
  .object({
    organizationId: z.uuid('organizationId must be an organization id.'),
    propertyId: z.uuid('propertyId must be a property id.').optional(),
    from: AuditInstantSchema.optional(),
    to: AuditInstantSchema.optional(),
  })
  .strict()
  .refine(
    (query) => {
      const range = resolveAuditRange(query.from, query.to)
      return !range.from || !range.to || range.from < range.to
    },
    { message: '`from` must be before `to`.', path: ['to'] },
  )
export type VisitorLogQuery = z.infer<typeof VisitorLogQuerySchema>

const PAGE_SIZE = 500

const logSelect = {
  id: true,
  visitorName: true,
  company: true,
  purpose: true,
  status: true,
  expectedAt: true,
  checkedInAt: true,
  checkedOutAt: true,
  idCheckedAt: true,
  idCheckedById: true,
  safetyAgreedAt: true,
  safetyAgreementSha: true,
  checkedOutById: true,
  property: { select: { code: true } },
  host: { select: { name: true } },
  zones: { select: { zone: { select: { name: true } } } },
} satisfies Prisma.VisitSelect

/**
 * Visits of the range (from inclusive, to exclusive; a date alone is a whole UTC day, as in the
 * audit export): those that arrived in it, and those expected in it that never arrived.
 */
export function visitorLogWhere(
  organizationId: string,
  query: Pick<VisitorLogQuery, 'from' | 'to' | 'propertyId'>,
): Prisma.VisitWhereInput {
  const range = resolveAuditRange(query.from, query.to)
  const within = {
    ...(range.from ? { gte: range.from } : {}),
    ...(range.to ? { lt: range.to } : {}),
  }
  return {
    organizationId,
    ...(query.propertyId ? { propertyId: query.propertyId } : {}),
    OR: [
      { checkedInAt: { not: null, ...within } },
      { checkedInAt: null, expectedAt: { not: null, ...within } },
      ...(range.from || range.to ? [] : [{ checkedInAt: null, expectedAt: null }]),
    ],
  }
}

/** The log's rows in pages, oldest visit first. */
export async function* visitorLogPages(
  prisma: PrismaClient,
  organizationId: string,
  query: Pick<VisitorLogQuery, 'from' | 'to' | 'propertyId'>,
): AsyncGenerator<VisitorLogRow[]> {
  const where = visitorLogWhere(organizationId, query)
  let cursor: string | undefined
  for (;;) {
    const page = await prisma.visit.findMany({
      where,
      select: logSelect,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: PAGE_SIZE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    })
    if (page.length === 0) return
    const people = new Set<string>()
    for (const visit of page) {
      if (visit.idCheckedById) people.add(visit.idCheckedById)
      if (visit.checkedOutById) people.add(visit.checkedOutById)
    }
    const names = new Map(
      (
        await prisma.user.findMany({
          where: { id: { in: [...people] } },
          select: { id: true, name: true },
        })
      ).map((user) => [user.id, user.name]),
    )
    const nameOf = (id: string | null) => (id === null ? null : (names.get(id) ?? id))
    yield page.map((visit) => ({
      visitId: visit.id,
      propertyCode: visit.property.code,
      visitorName: visit.visitorName,
      company: visit.company,
      purpose: visit.purpose,
      hostName: visit.host.name,
      status: visit.status,
      expectedAt: visit.expectedAt,
      checkedInAt: visit.checkedInAt,
      checkedOutAt: visit.checkedOutAt,
      idCheckedAt: visit.idCheckedAt,
      idCheckedByName: nameOf(visit.idCheckedById),
      safetyAgreedAt: visit.safetyAgreedAt,
      safetyAgreementSha: visit.safetyAgreementSha,
      zoneNames: visit.zones.map((link) => link.zone.name).sort(),
      checkedOutByName: nameOf(visit.checkedOutById),
    }))
    if (page.length < PAGE_SIZE) return
    cursor = page[page.length - 1]?.id
  }
}

/** The whole log as rows (for the audit packet, whose ranges are small). */
export async function loadVisitorLogRows(
  prisma: PrismaClient,
  organizationId: string,
  query: Pick<VisitorLogQuery, 'from' | 'to' | 'propertyId'>,
): Promise<VisitorLogRow[]> {
  const rows: VisitorLogRow[] = []
  for await (const page of visitorLogPages(prisma, organizationId, query)) rows.push(...page)
  return rows
}
