import { StartBreakInputSchema } from '@growops/domain'
import {
  endBreak as endBreakService,
  startBreak as startBreakService,
} from '../../services/labor/breaks.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Starts a paid or unpaid break of the caller's open entry (LAB1, LAB11). */
export const startBreak = areaProcedure('LABOR', 'read')
  .input(StartBreakInputSchema)
  .mutation(({ ctx, input }) => startBreakService(ctx.prisma, ctx.actor, input))

/** Ends the caller's running break. */
export const endBreak = areaProcedure('LABOR', 'read').mutation(({ ctx }) =>
  endBreakService(ctx.prisma, ctx.actor),
)
