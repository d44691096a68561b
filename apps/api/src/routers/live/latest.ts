import { latestLiveSeq } from '../../services/realtime/list-live-events.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/** The newest live event seq the caller may see ("0" when none): where a new client starts. */
export const latest = memberProcedure.query(async ({ ctx }) => ({
  latestSeq: await latestLiveSeq(ctx.prisma, ctx.member),
}))
