// What members do with a visit (VIS12): check in at reception (host or compliance manager), check
// out (anyone: safety), move to another allowed zone and cancel (host or compliance manager).
import type { PrismaClient } from '@growops/db'
import {
  assertVisitStatusChange,
  assertZoneAllowed,
  assertZoneHasRoom,
  DomainError,
  safetyAgreementText,
  type CheckInInput,
  type MoveToZoneInput,
  type VisitRefInput,
} from '@growops/domain'
import { appendAuditEntry, sha256Hex } from '../audit/append-audit-entry.ts'
import type { LiveEventPublisher } from '../realtime/live-events.ts'
import { recordLiveEvents } from '../realtime/live-events.ts'
import {
  allowedZonesOf,
  recordCheckIn,
  recordCheckOut,
  startZone,
  type CheckOutResult,
} from './presence.ts'
import { assertMayHandleVisit, visitNotFound, type VisitorMember } from './visitor-access.ts'
import { lockZones, zoneOccupancyEvents } from './visitor-events.ts'
import { getVisit } from './visits.ts'
import type { VisitView } from './visit-view.ts'

async function loadVisit(prisma: PrismaClient, member: VisitorMember, ref: VisitRefInput) {
  const visit = await prisma.visit.findFirst({
    where: {
      organizationId: member.organizationId,
      ...(ref.visitId ? { id: ref.visitId } : { badgeCode: ref.badgeCode }),
    },
  })
  if (!visit) throw visitNotFound(ref.visitId ?? ref.badgeCode ?? '')
  return visit
}

function notOnSite(status: string): DomainError {
  return new DomainError(
    'VISIT.INVALID_TRANSITION',
    'Only a visitor who is on site can move between zones.',
    { from: status, to: 'CHECKED_IN' },
  )
}

/** Reception checks a pre-registered visitor in, having seen their ID (VIS5). */
export async function checkInAtReception(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  member: VisitorMember,
  input: CheckInInput,
  now = new Date(),
): Promise<VisitView> {
  const visit = await loadVisit(prisma, member, { visitId: input.visitId })
  assertMayHandleVisit(member, visit)
  assertVisitStatusChange(visit.status, 'CHECKED_IN')
  const envelopes = await prisma.$transaction(async (tx) => {
    const zone = startZone(await allowedZonesOf(tx, visit.id), input.zoneId)
    return recordCheckIn(
      tx,
      {
        visitId: visit.id,
        organizationId: visit.organizationId,
        propertyId: visit.propertyId,
        hostId: visit.hostId,
        visitorName: visit.visitorName,
        company: visit.company,
        zone,
        safetyAgreementSha: sha256Hex(safetyAgreementText(input.agreementLocale)),
        walkIn: false,
      },
      { kind: 'member', userId: member.userId },
      now,
    )
  })
  live.publish(envelopes)
  return getVisit(prisma, member, { visitId: visit.id })
}

/** Anyone checks a visitor out, by visit or badge; a second check-out changes nothing (VIS4). */
export async function checkOutVisit(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  member: VisitorMember,
  ref: VisitRefInput,
  now = new Date(),
): Promise<CheckOutResult> {
  const visit = await loadVisit(prisma, member, ref)
  const { result, envelopes } = await prisma.$transaction((tx) =>
    recordCheckOut(tx, visit, { kind: 'member', userId: member.userId }, now),
  )
  live.publish(envelopes)
  return result
}

/** Moves a visitor on site into another of the visit's zones (VIS6). */
export async function moveVisitToZone(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  member: VisitorMember,
  input: MoveToZoneInput,
): Promise<VisitView> {
  const visit = await loadVisit(prisma, member, { visitId: input.visitId })
  assertMayHandleVisit(member, visit)
  if (visit.status !== 'CHECKED_IN') throw notOnSite(visit.status)
  const envelopes = await prisma.$transaction(async (tx) => {
    const zones = await allowedZonesOf(tx, visit.id)
    assertZoneAllowed(
      input.zoneId,
      zones.map((zone) => zone.id),
    )
    const target = zones.find((zone) => zone.id === input.zoneId)
    const from = visit.currentZoneId
    if (!target || from === target.id) return []
    await lockZones(tx, [target.id, ...(from ? [from] : [])])
    assertZoneHasRoom(
      target,
      await tx.visit.count({ where: { currentZoneId: target.id, status: 'CHECKED_IN' } }),
    )
    const moved = await tx.visit.updateMany({
      where: { id: visit.id, status: 'CHECKED_IN' },
      data: { currentZoneId: target.id },
    })
    if (moved.count === 0) throw notOnSite('CHECKED_OUT')
    await appendAuditEntry(tx, {
      organizationId: visit.organizationId,
      actorId: member.userId,
      action: 'visit.moveZone',
      entityType: 'Visit',
      entityId: visit.id,
      before: { zoneId: from },
      after: { zoneId: target.id },
    })
    return recordLiveEvents(
      tx,
      await zoneOccupancyEvents(tx, visit.organizationId, visit.propertyId, [from, target.id]),
    )
  })
  live.publish(envelopes)
  return getVisit(prisma, member, { visitId: visit.id })
}

/** Cancels a visit that has not arrived (VIS3). */
export async function cancelVisit(
  prisma: PrismaClient,
  member: VisitorMember,
  visitId: string,
): Promise<VisitView> {
  const visit = await loadVisit(prisma, member, { visitId })
  assertMayHandleVisit(member, visit)
  assertVisitStatusChange(visit.status, 'CANCELLED')
  await prisma.$transaction(async (tx) => {
    const cancelled = await tx.visit.updateMany({
      where: { id: visit.id, status: 'EXPECTED' },
      data: { status: 'CANCELLED' },
    })
    if (cancelled.count === 0) {
      const latest = await tx.visit.findUniqueOrThrow({
        where: { id: visit.id },
        select: { status: true },
      })
      assertVisitStatusChange(latest.status, 'CANCELLED')
    }
    await appendAuditEntry(tx, {
      organizationId: visit.organizationId,
      actorId: member.userId,
      action: 'visit.cancel',
      entityType: 'Visit',
      entityId: visit.id,
      before: { status: 'EXPECTED' },
      after: { status: 'CANCELLED' },
    })
  })
  return getVisit(prisma, member, { visitId: visit.id })
}
