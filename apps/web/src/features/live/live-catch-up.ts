// `live.since` and `live.latest` through the app's tRPC client, and the last applied seq kept
// in sessionStorage so a reload in this tab carries on where it was.
import type { trpc } from '../../app/trpc.ts'
import type { LiveCatchUp, LiveStorage } from './live-connection.ts'

/** The app's typed tRPC client (`trpc.useUtils().client`). */
type TrpcClient = ReturnType<typeof trpc.useUtils>['client']

export function createLiveCatchUp(client: TrpcClient, organizationId: string): LiveCatchUp {
  return {
    since: async (afterSeq, limit) => {
      const { events, hasMore } = await client.live.since.query({ organizationId, afterSeq, limit })
      return { events, hasMore }
    },
    latest: async () => (await client.live.latest.query({ organizationId })).latestSeq,
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
