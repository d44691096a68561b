import { ReservePositionsInputSchema } from '@growops/domain'
import { reservePositions } from '../../services/positions/reserve-positions.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Holds positions for a batch until a time, all or nothing. */
export const reserve = areaProcedure('CULTIVATION_OPS', 'write')
  .input(ReservePositionsInputSchema)
  .mutation(({ ctx, input }) => reservePositions(ctx.prisma, ctx.actor, input, { live: ctx.live }))
