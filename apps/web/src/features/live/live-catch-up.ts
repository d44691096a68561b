// `live.since` and `live.latest` over the same-origin tRPC endpoint (session cookie), and the
// last applied seq kept in sessionStorage so a reload in this tab carries on where it was.
import type { LiveCatchUp, LiveStorage } from './live-connection.ts'

interface TrpcAnswer {
  result?: { data?: unknown }
}

async function query(path: string, input: unknown): Promise<unknown> {
  const response = await fetch(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  })
  if (!response.ok) throw new Error(`${path} answered ${response.status}`)
  return ((await response.json()) as TrpcAnswer).result?.data
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** `live.latest` answers `{ latestSeq }` ("0" when there are no events yet). */
function readLatest(data: unknown): string | null {
  return isRecord(data) && typeof data.latestSeq === 'string' ? data.latestSeq : null
}

/** `live.since` answers `{ events, latestSeq, hasMore }`. */
function readSince(data: unknown): { events: readonly unknown[]; hasMore: boolean } {
  if (!isRecord(data) || !Array.isArray(data.events)) return { events: [], hasMore: false }
  return { events: data.events as unknown[], hasMore: data.hasMore === true }
}

export function createLiveCatchUp(organizationId: string): LiveCatchUp {
  return {
    since: async (afterSeq, limit) =>
      readSince(await query('live.since', { organizationId, afterSeq, limit })),
    latest: async () => readLatest(await query('live.latest', { organizationId })),
  }
}

export function sessionSeqStorage(organizationId: string): LiveStorage {
  const key = `growops.live.seq.${organizationId}`
  return {
    read: () => {
      try {
        return window.sessionStorage.getItem(key)
      } catch {
        return null
      }
    },
    write: (seq) => {
      try {
        window.sessionStorage.setItem(key, seq)
      } catch {
        // Storage unavailable: the seq lives in memory for this page.
      }
    },
  }
}
