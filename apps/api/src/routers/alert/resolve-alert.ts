import { AlertResolveInputSchema } from '@growops/domain'
import { resolveAlert } from '../../services/sensors/alerts.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Resolves an alert with a note, with who and when. */
export const resolve = areaProcedure('CULTIVATION_OPS', 'write')
  .input(AlertResolveInputSchema)
  .mutation(({ ctx, input }) => resolveAlert(ctx.prisma, ctx.live, ctx.actor, input))
