// Which live events a client has already applied. Seqs are decimal strings of a bigint that
// grows per database; they are compared as bigints, never as text or floats. Events from two
// transactions may arrive out of seq order (commit order ≠ insert order), so a late lower seq
// is still applied once: duplicates are found by a bounded set of recent seqs, not by "≤ last".
import type { LiveEnvelope } from '@growops/domain'

const RECENT_LIMIT = 2_000

export interface LiveSequence {
  /** The highest seq applied so far, or null before the first. */
  readonly lastSeq: string | null
  /**
   * Keeps the envelopes not applied yet, oldest first, each seq once, and records them as
   * applied. Anything at or below the starting point (`reset`) is old and dropped.
   */
  accept: (envelopes: readonly LiveEnvelope[]) => LiveEnvelope[]
  /** Starts over from a known point (e.g. `live.latest` on a first visit). */
  reset: (seq: string | null) => void
}

function compareSeq(a: string, b: string): number {
  const left = BigInt(a)
  const right = BigInt(b)
  return left < right ? -1 : left > right ? 1 : 0
}

/** A fresh sequence that starts after `startSeq` (null: accept everything). */
export function createLiveSequence(startSeq: string | null = null): LiveSequence {
  let floor: string | null = startSeq
  let lastSeq: string | null = startSeq
  const recent = new Set<string>()
  const order: string[] = []

  function remember(seq: string): void {
    recent.add(seq)
    order.push(seq)
    if (order.length > RECENT_LIMIT) {
      const dropped = order.shift()
      if (dropped !== undefined) {
        recent.delete(dropped)
        // Everything this old counts as seen from now on.
        if (floor === null || compareSeq(dropped, floor) > 0) floor = dropped
      }
    }
  }

  return {
    get lastSeq() {
      return lastSeq
    },
    accept(envelopes) {
      const fresh: LiveEnvelope[] = []
      const batch = new Set<string>()
      for (const envelope of envelopes) {
        const { seq } = envelope
        if (recent.has(seq) || batch.has(seq)) continue
        if (floor !== null && compareSeq(seq, floor) <= 0) continue
        batch.add(seq)
        fresh.push(envelope)
      }
      fresh.sort((a, b) => compareSeq(a.seq, b.seq))
      for (const envelope of fresh) {
        remember(envelope.seq)
        if (lastSeq === null || compareSeq(envelope.seq, lastSeq) > 0) lastSeq = envelope.seq
      }
      return fresh
    },
    reset(seq) {
      floor = seq
      lastSeq = seq
      recent.clear()
      order.length = 0
    },
  }
}
