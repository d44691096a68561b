// What a lobby kiosk does without a member's session (VIS5, VIS9, VIS11): show its property, the
// hosts (names only), zones and the safety agreement; check a visitor in (their visit expected
// today under the same name, or a walk-in); and check a badge out. Audited with actorId null
// and the kiosk's id.
import type { PrismaClient } from '@growops/db'
import {
  DomainError,
  formatBadgeCode,
  localDayWindow,
  readBadgeInput,
  SAFETY_AGREEMENT_TEXT,
  SAFETY_AGREEMENT_VERSION,
  safetyAgreementText,
  visitorNameKey,
  type KioskCheckInInput,
  type KioskCheckOutInput,
  type KioskSessionInput,
} from '@growops/domain'
import { appendAuditEntry, sha256Hex } from '../audit/append-audit-entry.ts'
import type { LiveEventPublisher } from '../realtime/live-events.ts'
import { withFreshBadgeCode } from './badge.ts'
import { authenticateKiosk, type AuthenticatedKiosk } from './kiosks.ts'
import { allowedZonesOf, recordCheckIn, recordCheckOut, type CheckOutResult } from './presence.ts'
import { assertHostIsMember, loadPropertyZones } from './visitor-access.ts'
import { visitorTimeZone } from './visits.ts'

export async function kioskSession(
  prisma: PrismaClient,
  ipAddress: string,
  input: KioskSessionInput,
) {
  const kiosk = await authenticateKiosk(prisma, input.token, ipAddress)
  const [property, members, zones] = await Promise.all([
    prisma.property.findUniqueOrThrow({
      where: { id: kiosk.propertyId },
      select: { id: true, code: true, name: true },
    }),
    prisma.membership.findMany({
      where: { organizationId: kiosk.organizationId },
      select: { user: { select: { id: true, name: true } } },
    }),
    prisma.accessZone.findMany({
      where: { propertyId: kiosk.propertyId },
      select: { id: true, code: true, name: true, escortRequired: true },
      orderBy: { code: 'asc' },
    }),
    prisma.kioskDevice.update({ where: { id: kiosk.id }, data: { lastSeenAt: new Date() } }),
  ])
  const text = safetyAgreementText(input.locale)
  return {
    kiosk: { id: kiosk.id, name: kiosk.name },
    property,
    // Names only: a lobby screen shows no e-mail addresses or roles.
    hosts: members
      .map((membership) => membership.user)
      .sort((a, b) => a.name.localeCompare(b.name)),
    zones,
    agreement: {
      version: SAFETY_AGREEMENT_VERSION,
      locale: input.locale,
      text,
      sha256: sha256Hex(text),
    },
  }
}

/** The agreement the visitor saw must be one the api knows, in any language (VIS5). */
function assertKnownAgreement(sha: string): void {
  const known = Object.values(SAFETY_AGREEMENT_TEXT).map(sha256Hex)
  if (known.includes(sha)) return
  throw new DomainError(
    'VISIT.AGREEMENT_CHANGED',
    'The safety agreement has changed since this screen was opened. Read it again and accept it.',
  )
}

/** The visit expected today at the kiosk's property under this name; the host's first (VIS11). */
async function findExpectedVisit(
  prisma: PrismaClient,
  kiosk: AuthenticatedKiosk,
  input: KioskCheckInInput,
  now: Date,
) {
  const today = localDayWindow(now, visitorTimeZone())
  const expected = await prisma.visit.findMany({
    where: {
      propertyId: kiosk.propertyId,
      status: 'EXPECTED',
      expectedAt: { gte: today.start, lt: today.end },
    },
    select: { id: true, visitorName: true, hostId: true, company: true, expectedAt: true },
    orderBy: [{ expectedAt: 'asc' }, { id: 'asc' }],
  })
  const key = visitorNameKey(input.visitorName)
  const named = expected.filter((visit) => visitorNameKey(visit.visitorName) === key)
  return named.find((visit) => visit.hostId === input.hostId) ?? named[0] ?? null
}

export interface KioskBadge {
  visitId: string
  visitorName: string
  company: string | null
  host: { id: string; name: string }
  checkedInAt: string
  zones: { id: string; code: string; name: string }[]
  currentZoneId: string | null
  badgeCode: string
  badgeLabel: string
  preRegistered: boolean
}

/** A visitor checks in at the kiosk; the answer is what the printed badge shows. */
export async function kioskCheckIn(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  ipAddress: string,
  input: KioskCheckInInput,
  now = new Date(),
): Promise<KioskBadge> {
  const kiosk = await authenticateKiosk(prisma, input.token, ipAddress)
  assertKnownAgreement(input.safetyAgreementSha)
  const host = await assertHostIsMember(prisma, kiosk.organizationId, input.hostId)
  const chosen = await loadPropertyZones(prisma, kiosk.propertyId, input.zoneIds)
  const expected = await findExpectedVisit(prisma, kiosk, input, now)
  const { visit, envelopes } = await withFreshBadgeCode((badgeCode) =>
    prisma.$transaction(async (tx) => {
      const visit = expected
        ? await tx.visit.update({
            where: { id: expected.id },
            data: { company: expected.company ?? input.company ?? null },
          })
        : await tx.visit.create({
            data: {
              organizationId: kiosk.organizationId,
              propertyId: kiosk.propertyId,
              visitorName: input.visitorName,
              company: input.company ?? null,
              purpose: input.purpose,
              hostId: host.id,
              badgeCode,
              zones: { create: chosen.map((zone) => ({ zoneId: zone.id })) },
            },
          })
      if (!expected) {
        await appendAuditEntry(tx, {
          organizationId: kiosk.organizationId,
          actorId: null,
          action: 'visit.walkIn',
          entityType: 'Visit',
          entityId: visit.id,
          after: {
            kioskId: kiosk.id,
            visitorName: visit.visitorName,
            company: visit.company,
            purpose: visit.purpose,
            hostId: host.id,
            zoneIds: chosen.map((zone) => zone.id),
          },
        })
      }
      // A pre-registered visit keeps the zones its host chose; the first of those the visitor
      // picked (or the default) is where they start.
      const allowed = await allowedZonesOf(tx, visit.id)
      const zone =
        allowed.find((candidate) => chosen.some((pick) => pick.id === candidate.id)) ??
        allowed[0] ??
        null
      const envelopes = await recordCheckIn(
        tx,
        {
          visitId: visit.id,
          organizationId: visit.organizationId,
          propertyId: visit.propertyId,
          hostId: visit.hostId,
          visitorName: visit.visitorName,
          company: visit.company,
          zone,
          safetyAgreementSha: input.safetyAgreementSha,
          walkIn: !expected,
        },
        { kind: 'kiosk', kioskId: kiosk.id },
        now,
      )
      return { visit: { ...visit, zones: allowed, currentZoneId: zone?.id ?? null }, envelopes }
    }),
  )
  live.publish(envelopes)
  const visitHost =
    visit.hostId === host.id
      ? host
      : await assertHostIsMember(prisma, kiosk.organizationId, visit.hostId)
  return {
    visitId: visit.id,
    visitorName: visit.visitorName,
    company: visit.company,
    host: visitHost,
    checkedInAt: now.toISOString(),
    zones: visit.zones.map(({ id, code, name }) => ({ id, code, name })),
    currentZoneId: visit.currentZoneId,
    badgeCode: visit.badgeCode,
    badgeLabel: formatBadgeCode(visit.badgeCode),
    preRegistered: expected !== null,
  }
}

/** A badge scanned or typed at the kiosk checks its visitor out (VIS4); same answer twice. */
export async function kioskCheckOut(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  ipAddress: string,
  input: KioskCheckOutInput,
  now = new Date(),
): Promise<CheckOutResult> {
  const kiosk = await authenticateKiosk(prisma, input.token, ipAddress)
  const badgeCode = readBadgeInput(input.badge)
  // A badge of another property is not this kiosk's to check out: the same as an unknown one.
  const visit = await prisma.visit.findFirst({
    where: { badgeCode, propertyId: kiosk.propertyId },
    select: { id: true },
  })
  if (!visit) {
    throw new DomainError('NOT_FOUND', 'No visitor with this badge is registered here.', {
      entity: 'Visit',
    })
  }
  const { result, envelopes } = await prisma.$transaction((tx) =>
    recordCheckOut(tx, visit, { kind: 'kiosk', kioskId: kiosk.id }, now),
  )
  live.publish(envelopes)
  return result
}
