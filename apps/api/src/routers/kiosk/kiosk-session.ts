import { KioskSessionInputSchema } from '@growops/domain'
import { kioskSession } from '../../services/visitors/kiosk-visits.ts'
import { publicProcedure } from '../../trpc/procedures.ts'

/**
 * What the kiosk screen needs (no member session; the device token is the credential). A
 * mutation: it records that the kiosk was seen, and keeps the token out of URLs.
 */
export const session = publicProcedure
  .input(KioskSessionInputSchema)
  .mutation(({ ctx, input }) => kioskSession(ctx.prisma, ctx.request.ipAddress, input))
