import { KioskIdInputSchema } from '@growops/domain'
import { revokeKiosk } from '../../services/visitors/kiosks.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Stops a kiosk's token working (COMPLIANCE write; revoking twice changes nothing). */
export const revoke = areaProcedure('COMPLIANCE', 'write')
  .input(KioskIdInputSchema)
  .mutation(({ ctx, input }) => revokeKiosk(ctx.prisma, ctx.actor, input.kioskId))
