// Arrivals and departures (VIS3–VIS7), shared by reception and the kiosk: the status change is a
// conditional update (two scans of one badge cannot both win), the zone is locked and its capacity
// checked, the host told, the change audited, and the live events recorded last in the same
// transaction; the caller publishes them after commit.
import type { TransactionClient } from '@growops/db'
import { assertVisitStatusChange, assertZoneAllowed, type LiveEnvelope } from '@growops/domain'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { createNotifications } from '../notifications/notify.ts'
import { recordLiveEvents } from '../realtime/live-events.ts'
import { takePlaceIn, visitorEvent, zoneOccupancyEvents } from './visitor-events.ts'

interface AllowedZone {
  id: string
  code: string
  name: string
  capacity: number | null
  escortRequired: boolean
}

/** Who did it: a member (reception) or a kiosk (actorId null, kiosk id in the audit entry). */
export type PresenceActor = { kind: 'member'; userId: string } | { kind: 'kiosk'; kioskId: string }

/** A visit's allowed zones, the ones without an escort first: where a visitor starts by default. */
export async function allowedZonesOf(
  tx: TransactionClient,
  visitId: string,
): Promise<AllowedZone[]> {
  const links = await tx.visitZone.findMany({
    where: { visitId },
    select: {
      zone: { select: { id: true, code: true, name: true, capacity: true, escortRequired: true } },
    },
  })
  return links
    .map((link) => link.zone)
    .sort(
      (a, b) => Number(a.escortRequired) - Number(b.escortRequired) || a.code.localeCompare(b.code),
    )
}

/** The zone a visitor starts in: the one asked for (must be allowed, VIS6) or the default. */
export function startZone(zones: readonly AllowedZone[], wanted?: string): AllowedZone | null {
  if (wanted === undefined) return zones[0] ?? null
  assertZoneAllowed(
    wanted,
    zones.map((zone) => zone.id),
  )
  return zones.find((zone) => zone.id === wanted) ?? null
}

function actorFields(actor: PresenceActor) {
  return actor.kind === 'member'
    ? { actorId: actor.userId, by: { userId: actor.userId } }
    : { actorId: null, by: { kioskId: actor.kioskId } }
}

export interface CheckInChange {
  visitId: string
  organizationId: string
  propertyId: string
  hostId: string
  visitorName: string
  company: string | null
  zone: AllowedZone | null
  safetyAgreementSha: string
  /** The visit was created at the kiosk just now (no pre-registration). */
  walkIn: boolean
}

/**
 * Moves an EXPECTED visit to CHECKED_IN in `tx` with both acknowledgements (VIS5) and returns the
 * live envelopes to publish after commit.
 */
export async function recordCheckIn(
  tx: TransactionClient,
  change: CheckInChange,
  actor: PresenceActor,
  now: Date,
): Promise<LiveEnvelope[]> {
  if (change.zone) await takePlaceIn(tx, change.zone)
  const updated = await tx.visit.updateMany({
    where: { id: change.visitId, status: 'EXPECTED' },
    data: {
      status: 'CHECKED_IN',
      checkedInAt: now,
      idCheckedAt: now,
      idCheckedById: actor.kind === 'member' ? actor.userId : null,
      safetyAgreedAt: now,
      safetyAgreementSha: change.safetyAgreementSha,
      currentZoneId: change.zone?.id ?? null,
    },
  })
  if (updated.count === 0) {
    const current = await tx.visit.findUniqueOrThrow({
      where: { id: change.visitId },
      select: { status: true },
    })
    assertVisitStatusChange(current.status, 'CHECKED_IN')
  }
  const { actorId, by } = actorFields(actor)
  await appendAuditEntry(tx, {
    organizationId: change.organizationId,
    actorId,
    action: 'visit.checkIn',
    entityType: 'Visit',
    entityId: change.visitId,
    before: { status: 'EXPECTED' },
    after: {
      status: 'CHECKED_IN',
      ...by,
      walkIn: change.walkIn,
      zoneId: change.zone?.id ?? null,
      idChecked: true,
      safetyAgreementSha: change.safetyAgreementSha,
      checkedInAt: now,
    },
  })
  const notified = await createNotifications(tx, {
    organizationId: change.organizationId,
    // The host who checked their own visitor in needs no news of it.
    userIds: actor.kind === 'member' && actor.userId === change.hostId ? [] : [change.hostId],
    kind: 'VISITOR',
    title: `${change.visitorName} has arrived`,
    body: [change.company, change.zone ? `in ${change.zone.name}` : null]
      .filter((part) => part !== null)
      .join(' · '),
    link: `/visitors/${change.visitId}`,
    sourceId: change.visitId,
  })
  const occupancy = await zoneOccupancyEvents(tx, change.organizationId, change.propertyId, [
    change.zone?.id ?? null,
  ])
  return recordLiveEvents(tx, [
    visitorEvent(
      'visitor.checkedIn',
      { ...change, id: change.visitId, currentZoneId: change.zone?.id ?? null },
      now,
    ),
    ...occupancy,
    ...notified,
  ])
}

export interface CheckOutResult {
  visitId: string
  visitorName: string
  checkedOutAt: string
  /** The visitor had already been checked out: nothing changed (VIS4). */
  alreadyCheckedOut: boolean
}

/**
 * Checks a visit out in `tx` (idempotent, VIS4): a visitor on site leaves their zone; one already
 * out is answered as is, with no audit entry and no event.
 */
export async function recordCheckOut(
  tx: TransactionClient,
  visit: { id: string },
  actor: PresenceActor,
  now: Date,
): Promise<{ result: CheckOutResult; envelopes: LiveEnvelope[] }> {
  const current = await tx.visit.findUniqueOrThrow({
    where: { id: visit.id },
    select: {
      id: true,
      organizationId: true,
      propertyId: true,
      hostId: true,
      visitorName: true,
      status: true,
      currentZoneId: true,
      checkedOutAt: true,
    },
  })
  if (current.currentZoneId) await takeNoPlace(tx, current.currentZoneId)
  const updated = await tx.visit.updateMany({
    where: { id: current.id, status: 'CHECKED_IN' },
    data: {
      status: 'CHECKED_OUT',
      checkedOutAt: now,
      checkedOutById: actor.kind === 'member' ? actor.userId : null,
      currentZoneId: null,
    },
  })
  if (updated.count === 0) {
    const latest = await tx.visit.findUniqueOrThrow({
      where: { id: current.id },
      select: { status: true, checkedOutAt: true },
    })
    if (latest.status !== 'CHECKED_OUT') assertVisitStatusChange(latest.status, 'CHECKED_OUT')
    return {
      result: {
        visitId: current.id,
        visitorName: current.visitorName,
        checkedOutAt: (latest.checkedOutAt ?? now).toISOString(),
        alreadyCheckedOut: true,
      },
      envelopes: [],
    }
  }
  const { actorId, by } = actorFields(actor)
  await appendAuditEntry(tx, {
    organizationId: current.organizationId,
    actorId,
    action: 'visit.checkOut',
    entityType: 'Visit',
    entityId: current.id,
    before: { status: 'CHECKED_IN', zoneId: current.currentZoneId },
    after: { status: 'CHECKED_OUT', ...by, checkedOutAt: now },
  })
  const notified = await createNotifications(tx, {
    organizationId: current.organizationId,
    userIds: actor.kind === 'member' && actor.userId === current.hostId ? [] : [current.hostId],
    kind: 'VISITOR',
    title: `${current.visitorName} has left`,
    body: `Checked out at ${now.toISOString().slice(11, 16)} UTC`,
    link: `/visitors/${current.id}`,
    sourceId: current.id,
  })
  const occupancy = await zoneOccupancyEvents(tx, current.organizationId, current.propertyId, [
    current.currentZoneId,
  ])
  const envelopes = await recordLiveEvents(tx, [
    visitorEvent('visitor.checkedOut', current, now),
    ...occupancy,
    ...notified,
  ])
  return {
    result: {
      visitId: current.id,
      visitorName: current.visitorName,
      checkedOutAt: now.toISOString(),
      alreadyCheckedOut: false,
    },
    envelopes,
  }
}

/** Locks the zone a visitor leaves, so its count and event are in order with arrivals. */
async function takeNoPlace(tx: TransactionClient, zoneId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "AccessZone" WHERE "id" = ${zoneId} FOR UPDATE`
}
