// Opening and resolving alert rows, each with its `sensor.alert` live event (and, on open,
// notifications for the owners and head growers), inside the caller's transaction.
import type { Alert, AlertKind, AlertSeverity, SensorMetric, TransactionClient } from '@growops/db'
import type { LiveEventPayload } from '@growops/domain'
import { createNotifications, membersWithRoles } from '../notifications/notify.ts'
import type { NewLiveEvent } from '../realtime/live-events.ts'

export const ALERT_PERSON_SELECT = {
  id: true,
  name: true,
} as const

type Person = { id: string; name: string } | null

export function alertPayload(
  alert: Alert,
  people: { acknowledgedBy?: Person; resolvedBy?: Person } = {},
): LiveEventPayload<'sensor.alert'> {
  return {
    alertId: alert.id,
    propertyId: alert.propertyId,
    roomId: alert.roomId,
    sensorId: alert.sensorId,
    kind: alert.kind,
    metric: alert.metric,
    severity: alert.severity,
    status: alert.status,
    message: alert.message,
    value: alert.value,
    threshold: alert.threshold,
    openedAt: alert.openedAt.toISOString(),
    acknowledgedAt: alert.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: people.acknowledgedBy ?? null,
    resolvedAt: alert.resolvedAt?.toISOString() ?? null,
    resolvedBy: people.resolvedBy ?? null,
  }
}

export function alertEvent(
  alert: Alert,
  people: { acknowledgedBy?: Person; resolvedBy?: Person } = {},
): NewLiveEvent<'sensor.alert'> {
  return {
    type: 'sensor.alert',
    organizationId: alert.organizationId,
    propertyId: alert.propertyId,
    roomId: alert.roomId,
    payload: alertPayload(alert, people),
  }
}

export interface NewAlert {
  organizationId: string
  propertyId: string
  roomId: string | null
  sensorId: string
  ruleId?: string | null
  kind: AlertKind
  metric: SensorMetric | null
  severity: AlertSeverity
  message: string
  value?: number | null
  threshold?: number | null
  openedAt: Date
}

/** Who hears of a new alert: the organization's owners and head growers. */
const NOTIFIED_ROLES = ['OWNER', 'HEAD_GROWER'] as const

export async function openAlert(
  tx: TransactionClient,
  input: NewAlert,
): Promise<{ alert: Alert; events: NewLiveEvent[] }> {
  const alert = await tx.alert.create({
    data: { ...input, ruleId: input.ruleId ?? null, value: input.value ?? null },
  })
  const recipients = await membersWithRoles(tx, input.organizationId, NOTIFIED_ROLES)
  const notifications = await createNotifications(tx, {
    organizationId: input.organizationId,
    userIds: recipients,
    kind: 'ALERT',
    title: `${input.severity === 'CRITICAL' ? 'Critical alert' : 'Alert'}: ${input.kind.toLowerCase()}`,
    body: input.message,
    link: `/alerts/${alert.id}`,
    sourceId: alert.id,
  })
  return { alert, events: [alertEvent(alert), ...notifications] }
}

/**
 * Resolves alerts that are not yet resolved (by the system when `userId` is null), returning
 * their events; alerts a person already resolved are left as they are.
 */
export async function resolveAlerts(
  tx: TransactionClient,
  alertIds: readonly string[],
  resolution: { at: Date; note: string; userId?: string | null },
): Promise<NewLiveEvent[]> {
  if (alertIds.length === 0) return []
  const rows = await tx.alert.updateManyAndReturn({
    where: { id: { in: [...alertIds] }, status: { not: 'RESOLVED' } },
    data: {
      status: 'RESOLVED',
      resolvedAt: resolution.at,
      resolvedById: resolution.userId ?? null,
      resolution: resolution.note,
    },
  })
  // An alert acknowledged before it cleared still says who acknowledged it.
  const ackIds = [...new Set(rows.flatMap((alert) => alert.acknowledgedById ?? []))]
  const people = ackIds.length
    ? await tx.user.findMany({ where: { id: { in: ackIds } }, select: ALERT_PERSON_SELECT })
    : []
  const byId = new Map(people.map((person) => [person.id, person]))
  return rows.map((alert) =>
    alertEvent(alert, {
      acknowledgedBy: alert.acknowledgedById ? (byId.get(alert.acknowledgedById) ?? null) : null,
    }),
  )
}
