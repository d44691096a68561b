// What the visitor procedures answer about a visit: plain JSON (ISO times), the host and the
// members who checked the ID or checked the visitor out by name, and the zones by code and name.
import type { Prisma, PrismaClient, TransactionClient } from '@growops/db'
import { formatBadgeCode } from '@growops/domain'

const ZONE = { select: { id: true, code: true, name: true } } as const

export const visitInclude = {
  host: { select: { id: true, name: true } },
  currentZone: ZONE,
  zones: { select: { zone: ZONE } },
  property: { select: { id: true, code: true, name: true } },
} satisfies Prisma.VisitInclude

export type VisitRow = Prisma.VisitGetPayload<{ include: typeof visitInclude }>

export interface Person {
  id: string
  name: string
}

function iso(value: Date | null): string | null {
  return value === null ? null : value.toISOString()
}

/** The people a list of visits names besides its host (ID checks, check-outs), by id. */
export async function visitPeople(
  db: PrismaClient | TransactionClient,
  rows: readonly VisitRow[],
): Promise<Map<string, Person>> {
  const ids = new Set<string>()
  for (const row of rows) {
    if (row.idCheckedById) ids.add(row.idCheckedById)
    if (row.checkedOutById) ids.add(row.checkedOutById)
  }
  if (ids.size === 0) return new Map()
  const users = await db.user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, name: true },
  })
  return new Map(users.map((user) => [user.id, user]))
}

export function visitView(row: VisitRow, people: ReadonlyMap<string, Person>) {
  const person = (id: string | null) =>
    id === null ? null : (people.get(id) ?? { id, name: '(removed)' })
  return {
    id: row.id,
    property: row.property,
    visitorName: row.visitorName,
    company: row.company,
    email: row.email,
    phone: row.phone,
    purpose: row.purpose,
    host: row.host,
    status: row.status,
    expectedAt: iso(row.expectedAt),
    badgeCode: row.badgeCode,
    /** `ABCDE-FGHJK`, as printed under the QR code. */
    badgeLabel: formatBadgeCode(row.badgeCode),
    idCheckedAt: iso(row.idCheckedAt),
    /** Null with an `idCheckedAt`: the visitor confirmed it at a kiosk. */
    idCheckedBy: person(row.idCheckedById),
    safetyAgreedAt: iso(row.safetyAgreedAt),
    safetyAgreementSha: row.safetyAgreementSha,
    checkedInAt: iso(row.checkedInAt),
    checkedOutAt: iso(row.checkedOutAt),
    checkedOutBy: person(row.checkedOutById),
    currentZone: row.currentZone,
    zones: row.zones.map((link) => link.zone),
    createdAt: row.createdAt.toISOString(),
  }
}
export type VisitView = ReturnType<typeof visitView>

/** Views of many visits, with one query for the people they name. */
export async function visitViews(
  db: PrismaClient | TransactionClient,
  rows: readonly VisitRow[],
): Promise<VisitView[]> {
  const people = await visitPeople(db, rows)
  return rows.map((row) => visitView(row, people))
}
