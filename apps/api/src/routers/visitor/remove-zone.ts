import { ZoneIdInputSchema } from '@growops/domain'
import { removeZone as removeAccessZone } from '../../services/visitors/zones.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Deletes a zone nobody is in now (COMPLIANCE write). */
export const removeZone = areaProcedure('COMPLIANCE', 'write')
  .input(ZoneIdInputSchema)
  .mutation(({ ctx, input }) => removeAccessZone(ctx.prisma, ctx.actor, input.zoneId))
