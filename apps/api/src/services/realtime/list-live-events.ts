// Catch-up for a reconnecting client: the events after the last seq it saw that the caller
// may see (organization, property and room events of the organization, and its own user
// events), oldest first. Within an organization events commit in seq order
// (recordLiveEvents), so "after seq N" never skips one that committed late.
import type { Prisma, PrismaClient } from '@growops/db'
import type { LiveEnvelope } from '@growops/domain'
import { liveEnvelopeOf } from './live-events.ts'

export interface LiveSince {
  events: LiveEnvelope[]
  /** The newest visible seq now ("0" when there is none). */
  latestSeq: string
  /** More events follow the last one returned: ask again from it. */
  hasMore: boolean
}

function visibleTo(member: { userId: string; organizationId: string }): Prisma.LiveEventWhereInput {
  return {
    organizationId: member.organizationId,
    OR: [{ userId: null }, { userId: member.userId }],
  }
}

export async function latestLiveSeq(
  prisma: PrismaClient,
  member: { userId: string; organizationId: string },
): Promise<string> {
  const latest = await prisma.liveEvent.findFirst({
    where: visibleTo(member),
    orderBy: { seq: 'desc' },
    select: { seq: true },
  })
  return (latest?.seq ?? 0n).toString()
}

export async function listLiveEventsSince(
  prisma: PrismaClient,
  member: { userId: string; organizationId: string },
  input: { afterSeq: string; limit: number },
): Promise<LiveSince> {
  const rows = await prisma.liveEvent.findMany({
    where: { ...visibleTo(member), seq: { gt: BigInt(input.afterSeq) } },
    orderBy: { seq: 'asc' },
    take: input.limit + 1,
  })
  const hasMore = rows.length > input.limit
  const events = rows.slice(0, input.limit).map(liveEnvelopeOf)
  const latestSeq = hasMore
    ? await latestLiveSeq(prisma, member)
    : (events.at(-1)?.seq ?? (await latestLiveSeq(prisma, member)))
  return { events, latestSeq, hasMore }
}
