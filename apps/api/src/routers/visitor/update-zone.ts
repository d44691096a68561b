import { ZoneUpdateInputSchema } from '@growops/domain'
import { updateZone as updateAccessZone } from '../../services/visitors/zones.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Renames a zone, changes its capacity or escort rule, or replaces its rooms (COMPLIANCE write). */
export const updateZone = areaProcedure('COMPLIANCE', 'write')
  .input(ZoneUpdateInputSchema)
  .mutation(({ ctx, input }) => updateAccessZone(ctx.prisma, ctx.actor, input))
