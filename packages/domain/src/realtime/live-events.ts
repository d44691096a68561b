// The realtime event catalogue (ARCHITECTURE §5): every event the api pushes over Socket.IO,
// with its payload schema. Each event is first a LiveEvent row (seq) written in the
// transaction that caused it, then emitted after commit; clients catch up by seq.
import { z } from 'zod'

const Id = z.string().min(1)
const Iso = z.iso.datetime()
const PersonSchema = z.object({ id: Id, name: z.string() })

export const SensorMetricSchema = z.enum([
  'TEMPERATURE_C',
  'HUMIDITY_PCT',
  'CO2_PPM',
  'LIGHT_PPFD',
  'SOIL_MOISTURE_PCT',
  'EC_MS_CM',
  'PH',
  'VPD_KPA',
])
export type SensorMetric = z.infer<typeof SensorMetricSchema>

export const AlertSeveritySchema = z.enum(['INFO', 'WARNING', 'CRITICAL'])
export const AlertKindSchema = z.enum(['THRESHOLD', 'ANOMALY', 'FLATLINE', 'SILENT'])
export const AlertStatusSchema = z.enum(['OPEN', 'ACKNOWLEDGED', 'RESOLVED'])
export const AnnouncementPrioritySchema = z.enum(['INFO', 'IMPORTANT', 'URGENT'])
export const ShiftNameSchema = z.enum(['DAY', 'SWING', 'NIGHT'])
export const NotificationKindSchema = z.enum([
  'ALERT',
  'MENTION',
  'ANNOUNCEMENT',
  'TASK',
  'DOCUMENT',
  'INVENTORY',
  'VISITOR',
])
export type NotificationKind = z.infer<typeof NotificationKindSchema>
const RoleSchema = z.enum(['OWNER', 'COMPLIANCE_MANAGER', 'HEAD_GROWER', 'STAFF', 'ACCOUNTANT'])

export const AlertPayloadSchema = z.object({
  alertId: Id,
  propertyId: Id,
  roomId: Id.nullable(),
  sensorId: Id.nullable(),
  kind: AlertKindSchema,
  metric: SensorMetricSchema.nullable(),
  severity: AlertSeveritySchema,
  status: AlertStatusSchema,
  message: z.string(),
  value: z.number().nullable(),
  threshold: z.number().nullable(),
  openedAt: Iso,
  acknowledgedAt: Iso.nullable(),
  acknowledgedBy: PersonSchema.nullable(),
  resolvedAt: Iso.nullable(),
  resolvedBy: PersonSchema.nullable(),
})

export const OccupancyCountsSchema = z.object({
  total: z.int().nonnegative(),
  occupied: z.int().nonnegative(),
  empty: z.int().nonnegative(),
  reserved: z.int().nonnegative(),
  damaged: z.int().nonnegative(),
})

/** Payload schema of every event type. */
export const LIVE_EVENT_PAYLOADS = {
  /** Latest reading of one sensor metric (throttled per sensor and metric). */
  'sensor.reading': z.object({
    sensorId: Id,
    propertyId: Id,
    roomId: Id.nullable(),
    metric: SensorMetricSchema,
    value: z.number(),
    recordedAt: Iso,
  }),
  /** An alert opened, acknowledged or resolved: the alert as it now is. */
  'sensor.alert': AlertPayloadSchema,
  'announcement.created': z.object({
    announcementId: Id,
    propertyId: Id.nullable(),
    roles: z.array(RoleSchema),
    priority: AnnouncementPrioritySchema,
    title: z.string(),
    body: z.string(),
    createdAt: Iso,
    createdBy: PersonSchema,
  }),
  'announcement.acknowledged': z.object({
    announcementId: Id,
    userId: Id,
    acknowledgedAt: Iso,
  }),
  'plant.placed': z.object({
    plantId: Id,
    tag: z.string(),
    batchId: Id,
    positionId: Id,
    address: z.string(),
    roomId: Id,
    propertyId: Id,
  }),
  'plant.moved': z.object({
    plantId: Id,
    tag: z.string(),
    batchId: Id,
    fromPositionId: Id.nullable(),
    fromAddress: z.string().nullable(),
    fromRoomId: Id.nullable(),
    toPositionId: Id,
    toAddress: z.string(),
    toRoomId: Id,
    propertyId: Id,
  }),
  'plant.removed': z.object({
    plantId: Id,
    tag: z.string(),
    positionId: Id.nullable(),
    address: z.string().nullable(),
    roomId: Id.nullable(),
    propertyId: Id,
    reason: z.string(),
  }),
  /** A plant was harvested with its wet weight; `batchWetGrams` is the batch's new wet total. */
  'harvest.recorded': z.object({
    batchId: Id,
    plantId: Id,
    tag: z.string(),
    propertyId: Id,
    /** The room it was harvested in (null: it was not placed). */
    roomId: Id.nullable(),
    /** The dry-rack hanger it now hangs on, if any. */
    hangerPositionId: Id.nullable(),
    grams: z.number().nonnegative(),
    batchWetGrams: z.number().nonnegative(),
    harvestedAt: Iso,
  }),
  /** A weighing recorded through weight.record: the batch's new totals per kind. */
  'weight.recorded': z.object({
    weightLogId: Id,
    batchId: Id,
    plantId: Id.nullable(),
    propertyId: Id,
    kind: z.enum(['WET', 'DRY', 'WASTE']),
    grams: z.number().nonnegative(),
    batchTotals: z.object({
      wetGrams: z.number().nonnegative(),
      dryGrams: z.number().nonnegative(),
      wasteGrams: z.number().nonnegative(),
    }),
  }),
  /**
   * An inventory item's stock or details changed (`ITEM`: created, edited, archived): its new
   * on-hand total and low-stock state; `batchIds` are batches whose input cost changed.
   */
  'inventory.changed': z.object({
    itemId: Id,
    propertyId: Id.nullable(),
    change: z.enum(['RECEIVE', 'USE', 'ADJUST', 'DISPOSE', 'ITEM']),
    onHand: z.number(),
    lowStock: z.boolean(),
    batchIds: z.array(Id),
  }),
  /** A room's position counts after a change. */
  'occupancy.changed': OccupancyCountsSchema.extend({ propertyId: Id, roomId: Id }),
  'task.updated': z.object({
    taskId: Id,
    status: z.string(),
    assigneeId: Id.nullable(),
    propertyId: Id.nullable(),
    roomId: Id.nullable(),
  }),
  'visitor.checkedIn': z.object({
    visitorId: Id,
    name: z.string(),
    zoneId: Id.nullable(),
    at: Iso,
  }),
  'visitor.checkedOut': z.object({
    visitorId: Id,
    name: z.string(),
    zoneId: Id.nullable(),
    at: Iso,
  }),
  'zone.occupancy': z.object({
    zoneId: Id,
    count: z.int().nonnegative(),
    capacity: z.int().nullable(),
  }),
  'shiftNote.created': z.object({
    shiftNoteId: Id,
    propertyId: Id,
    roomId: Id.nullable(),
    shift: ShiftNameSchema,
    shiftDate: z.iso.date(),
    author: PersonSchema,
    excerpt: z.string(),
    followUp: z.boolean(),
  }),
  /** Sent to one user's room. */
  'notification.created': z.object({
    notificationId: Id,
    kind: NotificationKindSchema,
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: Iso,
  }),
} as const

export type LiveEventType = keyof typeof LIVE_EVENT_PAYLOADS
export const LIVE_EVENT_TYPES = Object.keys(LIVE_EVENT_PAYLOADS) as LiveEventType[]
export type LiveEventPayload<T extends LiveEventType> = z.infer<(typeof LIVE_EVENT_PAYLOADS)[T]>

export const LiveEventTypeSchema = z.enum(LIVE_EVENT_TYPES as [LiveEventType, ...LiveEventType[]])

/**
 * What a client receives (Socket.IO event name `live`) and what `live.since` returns:
 * `seq` is a decimal string (a bigint), increasing per database.
 */
export const LiveEnvelopeSchema = z.object({
  seq: z.string().regex(/^\d+$/),
  type: LiveEventTypeSchema,
  organizationId: Id,
  propertyId: Id.nullable(),
  roomId: Id.nullable(),
  userId: Id.nullable(),
  payload: z.unknown(),
  createdAt: Iso,
})
export type LiveEnvelope = z.infer<typeof LiveEnvelopeSchema>

/** Parses an envelope's payload with its type's schema; null when it does not match. */
export function parseLivePayload<T extends LiveEventType>(
  type: T,
  payload: unknown,
): LiveEventPayload<T> | null {
  const parsed = LIVE_EVENT_PAYLOADS[type].safeParse(payload)
  return parsed.success ? (parsed.data as LiveEventPayload<T>) : null
}

/** Socket.IO room names. */
export const liveRoom = {
  organization: (id: string) => `org:${id}`,
  property: (id: string) => `property:${id}`,
  room: (id: string) => `room:${id}`,
  user: (id: string) => `user:${id}`,
} as const

/** What a client sends (`subscribe`, with an ack) to join rooms it may see. */
export const LiveSubscribeSchema = z.object({
  organizationId: z.uuid(),
  propertyIds: z.array(z.uuid()).max(50).default([]),
  roomIds: z.array(z.uuid()).max(200).default([]),
})
export type LiveSubscribe = z.infer<typeof LiveSubscribeSchema>

export const LiveSinceInputSchema = z.object({
  organizationId: z.uuid(),
  /** The last seq the client saw; everything after it comes back, oldest first. */
  afterSeq: z.string().regex(/^\d+$/, 'afterSeq is a whole number.'),
  limit: z.int().min(1).max(1000).default(500),
})
