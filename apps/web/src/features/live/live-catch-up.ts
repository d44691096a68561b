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

function readSeq(data: unknown): string | null {
  if (typeof data === 'string') return data
  if (typeof data === 'object' && data !== null && 'seq' in data) {
    const seq = data.seq
    return typeof seq === 'string' ? seq : null
  }
  return null
}

function readEvents(data: unknown): readonly unknown[] {
  if (Array.isArray(data)) return data
  if (typeof data === 'object' && data !== null && 'events' in data && Array.isArray(data.events))
    return data.events as unknown[]
  return []
}

export function createLiveCatchUp(organizationId: string): LiveCatchUp {
  return {
    since: async (afterSeq, limit) =>
      readEvents(await query('live.since', { organizationId, afterSeq, limit })),
    latest: async () => readSeq(await query('live.latest', { organizationId })),
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
