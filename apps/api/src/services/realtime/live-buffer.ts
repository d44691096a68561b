// Events recorded inside a (possibly idempotent) transaction, published once it has
// committed. A replayed idempotent request never runs its mutation, so it records and
// publishes nothing; a mutation that fails drops what it recorded.
import type { TransactionClient } from '@growops/db'
import type { LiveEnvelope } from '@growops/domain'
import {
  noLivePublisher,
  recordLiveEvents,
  type LiveEventPublisher,
  type NewLiveEvent,
} from './live-events.ts'

/** What mutations that emit live events take beside their input. */
export interface LiveMutationOptions {
  now?: Date
  /** ctx.live; default: events are stored, nobody is pushed to. */
  live?: LiveEventPublisher
}

export interface LiveBuffer {
  /** Records events in `tx` (last step of the transaction; see recordLiveEvents). */
  record(tx: TransactionClient, events: readonly NewLiveEvent[]): Promise<void>
  /** Wraps a mutation so that a failed attempt forgets its events. */
  guard<T>(mutate: (tx: TransactionClient) => Promise<T>): (tx: TransactionClient) => Promise<T>
  /** After commit: pushes what the committed mutation recorded. */
  publish(): void
}

export function createLiveBuffer(live: LiveEventPublisher = noLivePublisher): LiveBuffer {
  let envelopes: LiveEnvelope[] = []
  return {
    async record(tx, events) {
      envelopes.push(...(await recordLiveEvents(tx, events)))
    },
    guard(mutate) {
      return async (tx) => {
        envelopes = []
        try {
          return await mutate(tx)
        } catch (error) {
          envelopes = []
          throw error
        }
      }
    },
    publish() {
      const committed = envelopes
      envelopes = []
      live.publish(committed)
    },
  }
}
