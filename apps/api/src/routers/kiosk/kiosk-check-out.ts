import { KioskCheckOutInputSchema } from '@growops/domain'
import { kioskCheckOut } from '../../services/visitors/kiosk-visits.ts'
import { publicProcedure } from '../../trpc/procedures.ts'

/** A visitor checks out by scanning or typing their badge at the kiosk (idempotent, VIS4). */
export const checkOut = publicProcedure
  .input(KioskCheckOutInputSchema)
  .mutation(({ ctx, input }) => kioskCheckOut(ctx.prisma, ctx.live, ctx.request.ipAddress, input))
