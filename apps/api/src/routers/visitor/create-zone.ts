import { ZoneCreateInputSchema } from '@growops/domain'
import { createZone as createAccessZone } from '../../services/visitors/zones.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A new access zone of layout rooms (COMPLIANCE write; VIS8). */
export const createZone = areaProcedure('COMPLIANCE', 'write')
  .input(ZoneCreateInputSchema)
  .mutation(({ ctx, input }) => createAccessZone(ctx.prisma, ctx.actor, input))
