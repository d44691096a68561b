// Alerts as people handle them: list, acknowledge, resolve with a note (SENS12), each change
// stored with who and when and pushed as a `sensor.alert` event after commit.
import type { Alert, PrismaClient, TransactionClient } from '@growops/db'
import {
  assertAlertTransition,
  DomainError,
  type AlertListInput,
  type AlertResolveInput,
  type LiveEventPayload,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { recordLiveEvents, type LiveEventPublisher } from '../realtime/live-events.ts'
import { alertEvent, alertPayload } from './alert-records.ts'

export type AlertView = LiveEventPayload<'sensor.alert'> & {
  sensorCode: string | null
  roomCode: string | null
  resolution: string | null
}

const ALERT_INCLUDE = {
  sensor: { select: { code: true } },
  room: { select: { code: true } },
} as const

type AlertWithPlace = Alert & { sensor: { code: string } | null; room: { code: string } | null }

async function peopleById(
  db: PrismaClient | TransactionClient,
  alerts: readonly Alert[],
): Promise<(alert: Alert) => AlertPeople> {
  const ids = new Set<string>()
  for (const alert of alerts) {
    if (alert.acknowledgedById) ids.add(alert.acknowledgedById)
    if (alert.resolvedById) ids.add(alert.resolvedById)
  }
  const users = ids.size
    ? await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } })
    : []
  const byId = new Map(users.map((user) => [user.id, user]))
  return (alert: Alert) => ({
    acknowledgedBy: alert.acknowledgedById ? (byId.get(alert.acknowledgedById) ?? null) : null,
    resolvedBy: alert.resolvedById ? (byId.get(alert.resolvedById) ?? null) : null,
  })
}

type AlertPeople = {
  acknowledgedBy: { id: string; name: string } | null
  resolvedBy: { id: string; name: string } | null
}

function toAlertView(alert: AlertWithPlace, people: AlertPeople): AlertView {
  return {
    ...alertPayload(alert, people),
    sensorCode: alert.sensor?.code ?? null,
    roomCode: alert.room?.code ?? null,
    resolution: alert.resolution,
  }
}

export async function listAlerts(
  prisma: PrismaClient,
  actor: Actor,
  input: AlertListInput,
): Promise<AlertView[]> {
  const alerts = await prisma.alert.findMany({
    where: {
      organizationId: actor.organizationId,
      status: { in: input.status },
      ...(input.propertyId ? { propertyId: input.propertyId } : {}),
      ...(input.roomId ? { roomId: input.roomId } : {}),
      ...(input.sensorId ? { sensorId: input.sensorId } : {}),
      ...(input.kind ? { kind: input.kind } : {}),
    },
    include: ALERT_INCLUDE,
    orderBy: [{ openedAt: 'desc' }, { id: 'asc' }],
    take: input.limit,
  })
  const people = await peopleById(prisma, alerts)
  return alerts.map((alert) => toAlertView(alert, people(alert)))
}

async function changeAlert(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  alertId: string,
  to: 'ACKNOWLEDGED' | 'RESOLVED',
  note?: string,
): Promise<AlertView> {
  const now = new Date()
  const { alert, envelopes } = await prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: Alert['status'] }[]>`
      SELECT status FROM "Alert" WHERE id = ${alertId} AND "organizationId" = ${actor.organizationId} FOR UPDATE`
    if (!locked) throw new DomainError('NOT_FOUND', 'No such alert.', { alertId })
    assertAlertTransition(locked.status, to)
    const updated = await tx.alert.update({
      where: { id: alertId },
      data:
        to === 'ACKNOWLEDGED'
          ? { status: to, acknowledgedAt: now, acknowledgedById: actor.userId }
          : { status: to, resolvedAt: now, resolvedById: actor.userId, resolution: note ?? null },
      include: ALERT_INCLUDE,
    })
    const people = await peopleById(tx, [updated])
    return {
      alert: toAlertView(updated, people(updated)),
      envelopes: await recordLiveEvents(tx, [alertEvent(updated, people(updated))]),
    }
  })
  live.publish(envelopes)
  return alert
}

/** Someone is on it (STAFF on the floor may acknowledge). */
export function acknowledgeAlert(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  alertId: string,
): Promise<AlertView> {
  return changeAlert(prisma, live, actor, alertId, 'ACKNOWLEDGED')
}

/** Closes an alert with what was done; FULL cultivation access only. */
export function resolveAlert(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  input: AlertResolveInput,
): Promise<AlertView> {
  if (actor.level !== 'FULL') {
    throw new DomainError(
      'AUTH.FORBIDDEN',
      'Your role may acknowledge alerts but not resolve them.',
      {
        role: actor.role,
      },
    )
  }
  return changeAlert(prisma, live, actor, input.alertId, 'RESOLVED', input.note)
}
