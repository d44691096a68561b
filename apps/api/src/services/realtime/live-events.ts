// Live events are rows first (LiveEvent, written in the caller's transaction) and pushes
// second (after commit, through the publisher): a client that missed a push catches up
// with `live.since`, so nothing is lost across reconnects or instance failover.
import type { LiveEvent, TransactionClient } from '@growops/db'
import {
  LIVE_EVENT_PAYLOADS,
  type LiveEnvelope,
  type LiveEventPayload,
  type LiveEventType,
} from '@growops/domain'

export interface NewLiveEvent<T extends LiveEventType = LiveEventType> {
  type: T
  organizationId: string
  /** Scope: null/undefined = the whole organization. */
  propertyId?: string | null
  roomId?: string | null
  /** Only this user (notifications). */
  userId?: string | null
  payload: LiveEventPayload<T>
}

/** Pushes stored events to connected clients; called only after the transaction commits. */
export interface LiveEventPublisher {
  publish(envelopes: readonly LiveEnvelope[]): void
}

/** For processes and tests without Socket.IO: events are still stored, nobody is pushed to. */
export const noLivePublisher: LiveEventPublisher = { publish: () => undefined }

/** First key of the advisory lock that orders an organization's live events (see below). */
const LIVE_LOCK_CLASS = 0x11fe

export function liveEnvelopeOf(row: LiveEvent): LiveEnvelope {
  return {
    seq: row.seq.toString(),
    type: row.type as LiveEventType,
    organizationId: row.organizationId,
    propertyId: row.propertyId,
    roomId: row.roomId,
    userId: row.userId,
    payload: row.payload,
    createdAt: row.createdAt.toISOString(),
  }
}

/**
 * Stores events in `tx` (payloads checked against the shared schemas, so a wrong payload
 * fails the transaction rather than reaching clients) and returns their envelopes, in order.
 *
 * Call it as the LAST step of the transaction: it takes a transaction-level lock per
 * organization (held until commit), so that within an organization events commit in seq
 * order. Otherwise a transaction holding seq 5 could commit after one holding seq 6, and a
 * client catching up from 6 would never see 5. Taking row locks after it risks deadlocks.
 */
export async function recordLiveEvents(
  tx: TransactionClient,
  events: readonly NewLiveEvent[],
): Promise<LiveEnvelope[]> {
  if (events.length === 0) return []
  const organizations = [...new Set(events.map((event) => event.organizationId))].sort()
  for (const organizationId of organizations) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LIVE_LOCK_CLASS}::int, hashtext(${organizationId}))`
  }
  const rows = await tx.liveEvent.createManyAndReturn({
    data: events.map((event) => ({
      type: event.type,
      organizationId: event.organizationId,
      propertyId: event.propertyId ?? null,
      roomId: event.roomId ?? null,
      userId: event.userId ?? null,
      payload: LIVE_EVENT_PAYLOADS[event.type].parse(event.payload),
    })),
  })
  return rows.toSorted((a, b) => (a.seq < b.seq ? -1 : a.seq > b.seq ? 1 : 0)).map(liveEnvelopeOf)
}
