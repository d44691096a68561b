import { KioskCheckInInputSchema } from '@growops/domain'
import { kioskCheckIn } from '../../services/visitors/kiosk-visits.ts'
import { publicProcedure } from '../../trpc/procedures.ts'

/** A visitor checks themselves in at the kiosk; the answer is their badge (VIS5, VIS11). */
export const checkIn = publicProcedure
  .input(KioskCheckInInputSchema)
  .mutation(({ ctx, input }) => kioskCheckIn(ctx.prisma, ctx.live, ctx.request.ipAddress, input))
