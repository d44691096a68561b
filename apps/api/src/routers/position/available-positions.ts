import { AvailablePositionsInputSchema } from '@growops/domain'
import { findAvailablePositions } from '../../services/positions/available-positions.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** N free positions of a room or section, contiguous runs first. */
export const available = areaProcedure('CULTIVATION_OPS', 'read')
  .input(AvailablePositionsInputSchema)
  .query(({ ctx, input }) => findAvailablePositions(ctx.prisma, ctx.actor, input))
