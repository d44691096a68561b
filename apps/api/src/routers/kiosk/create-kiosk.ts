import { KioskCreateInputSchema } from '@growops/domain'
import { createKiosk } from '../../services/visitors/kiosks.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A new kiosk of a property; the answer holds its token, shown this once (COMPLIANCE write). */
export const create = areaProcedure('COMPLIANCE', 'write')
  .input(KioskCreateInputSchema)
  .mutation(({ ctx, input }) => createKiosk(ctx.prisma, ctx.actor, input))
