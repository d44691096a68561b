// Pre-registering, listing and reading visits (VIS12). A member who does not manage visitors
// pre-registers only visits they host and lists only those; anyone may read a visit that is on
// site now (the badge scan that checks a visitor out opens it).
import type { Prisma, PrismaClient } from '@growops/db'
import {
  addDays,
  DomainError,
  localDayWindow,
  type PreRegisterInput,
  type VisitListInput,
  type VisitRefInput,
} from '@growops/domain'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { shiftTimeZone } from '../comms/shift-clock.ts'
import { withFreshBadgeCode } from './badge.ts'
import {
  assertHostIsMember,
  loadPropertyZones,
  loadVisitorProperty,
  managesVisitors,
  readsVisitorLog,
  visitNotFound,
  type VisitorMember,
} from './visitor-access.ts'
import { visitInclude, visitView, visitViews, type VisitView } from './visit-view.ts'

/** Days of history listed when no range is given. */
const DEFAULT_HISTORY_DAYS = 30

/** The time zone "today" is counted in (the server's, like shifts). */
export function visitorTimeZone(): string {
  return shiftTimeZone()
}

export async function preRegisterVisit(
  prisma: PrismaClient,
  member: VisitorMember,
  input: PreRegisterInput,
): Promise<VisitView> {
  const hostId = input.hostId ?? member.userId
  if (hostId !== member.userId && !managesVisitors(member)) {
    throw new DomainError(
      'AUTH.FORBIDDEN',
      'You may pre-register only visitors you host yourself. Leave the host empty to host them.',
      { area: 'COMPLIANCE', action: 'write', role: member.role },
    )
  }
  await loadVisitorProperty(prisma, member, input.propertyId)
  await assertHostIsMember(prisma, member.organizationId, hostId)
  const zones = await loadPropertyZones(prisma, input.propertyId, input.zoneIds)
  const row = await withFreshBadgeCode((badgeCode) =>
    prisma.$transaction(async (tx) => {
      const visit = await tx.visit.create({
        data: {
          organizationId: member.organizationId,
          propertyId: input.propertyId,
          visitorName: input.visitorName,
          company: input.company ?? null,
          email: input.email ?? null,
          phone: input.phone ?? null,
          purpose: input.purpose,
          hostId,
          expectedAt: input.expectedAt,
          badgeCode,
          preRegisteredById: member.userId,
          zones: { create: zones.map((zone) => ({ zoneId: zone.id })) },
        },
        include: visitInclude,
      })
      await appendAuditEntry(tx, {
        organizationId: member.organizationId,
        actorId: member.userId,
        action: 'visit.preRegister',
        entityType: 'Visit',
        entityId: visit.id,
        after: {
          propertyId: visit.propertyId,
          visitorName: visit.visitorName,
          company: visit.company,
          purpose: visit.purpose,
          hostId,
          expectedAt: visit.expectedAt,
          zoneIds: zones.map((zone) => zone.id),
        },
      })
      return visit
    }),
  )
  return visitView(row, new Map())
}

function listWhere(input: VisitListInput, now: Date): Prisma.VisitWhereInput {
  const zone = visitorTimeZone()
  if (input.view === 'expected') {
    const today = localDayWindow(now, zone)
    return { status: 'EXPECTED', expectedAt: { gte: today.start, lt: today.end } }
  }
  if (input.view === 'onSite') return { status: 'CHECKED_IN' }
  const today = localDayWindow(now, zone).date
  const to = input.to ?? today
  const from = input.from ?? addDays(to, -DEFAULT_HISTORY_DAYS)
  const start = localDayWindow(new Date(`${from}T12:00:00Z`), zone).start
  const end = localDayWindow(new Date(`${to}T12:00:00Z`), zone).end
  // A visit belongs to the day it arrived, or the day it was expected when it never did.
  return {
    OR: [
      { checkedInAt: { gte: start, lt: end } },
      { checkedInAt: null, expectedAt: { gte: start, lt: end } },
    ],
  }
}

/** Expected today, on site now, or history (newest first) at a property. */
export async function listVisits(
  prisma: PrismaClient,
  member: VisitorMember,
  input: VisitListInput,
  now = new Date(),
): Promise<VisitView[]> {
  await loadVisitorProperty(prisma, member, input.propertyId)
  const rows = await prisma.visit.findMany({
    where: {
      organizationId: member.organizationId,
      propertyId: input.propertyId,
      ...(readsVisitorLog(member) ? {} : { hostId: member.userId }),
      ...listWhere(input, now),
    },
    include: visitInclude,
    orderBy:
      input.view === 'expected'
        ? [{ expectedAt: 'asc' }, { id: 'asc' }]
        : input.view === 'onSite'
          ? [{ checkedInAt: 'asc' }, { id: 'asc' }]
          : [{ createdAt: 'desc' }, { id: 'asc' }],
    take: input.limit,
  })
  return visitViews(prisma, rows)
}

/** One visit by id or badge code; NOT_FOUND when the member may not see it (VIS12). */
export async function getVisit(
  prisma: PrismaClient,
  member: VisitorMember,
  ref: VisitRefInput,
): Promise<VisitView> {
  const row = await prisma.visit.findFirst({
    where: {
      organizationId: member.organizationId,
      ...(ref.visitId ? { id: ref.visitId } : { badgeCode: ref.badgeCode }),
    },
    include: visitInclude,
  })
  const visible =
    row !== null &&
    (readsVisitorLog(member) || row.hostId === member.userId || row.status === 'CHECKED_IN')
  if (!row || !visible) throw visitNotFound(ref.visitId ?? ref.badgeCode ?? '')
  const [view] = await visitViews(prisma, [row])
  if (!view) throw visitNotFound(row.id)
  return view
}

/** The organization's members a visit can be hosted by (names only, for host pickers). */
export async function listHosts(prisma: PrismaClient, member: VisitorMember) {
  const memberships = await prisma.membership.findMany({
    where: { organizationId: member.organizationId },
    select: { user: { select: { id: true, name: true } } },
  })
  return memberships
    .map((membership) => membership.user)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
}
