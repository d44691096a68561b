import { AlertIdInputSchema } from '@growops/domain'
import { acknowledgeAlert } from '../../services/sensors/alerts.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Marks an open alert as being handled, with who and when. */
export const acknowledge = areaProcedure('CULTIVATION_OPS', 'write')
  .input(AlertIdInputSchema)
  .mutation(({ ctx, input }) => acknowledgeAlert(ctx.prisma, ctx.live, ctx.actor, input.alertId))
