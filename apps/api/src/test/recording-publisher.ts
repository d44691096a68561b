// A live publisher for tests: remembers every envelope a procedure published, in order.
import type { LiveEnvelope } from '@growops/domain'
import type { LiveEventPublisher } from '../services/realtime/live-events.ts'

export interface RecordingPublisher extends LiveEventPublisher {
  published: LiveEnvelope[]
  /** Forgets what was published so far. */
  clear(): void
}

export function createRecordingPublisher(): RecordingPublisher {
  const published: LiveEnvelope[] = []
  return {
    published,
    publish(envelopes) {
      published.push(...envelopes)
    },
    clear() {
      published.length = 0
    },
  }
}
