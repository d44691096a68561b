import { LiveSinceInputSchema } from '@growops/domain'
import { listLiveEventsSince } from '../../services/realtime/list-live-events.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/** Live events after a seq that the caller may see, oldest first (catch-up on reconnect). */
export const since = memberProcedure
  .input(LiveSinceInputSchema)
  .query(({ ctx, input }) => listLiveEventsSince(ctx.prisma, ctx.member, input))
