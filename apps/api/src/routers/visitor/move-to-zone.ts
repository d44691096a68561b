import { MoveToZoneInputSchema } from '@growops/domain'
import { moveVisitToZone } from '../../services/visitors/reception.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/** Moves a visitor on site into another of the visit's zones (host or manager; VIS6). */
export const moveToZone = memberProcedure
  .input(MoveToZoneInputSchema)
  .mutation(({ ctx, input }) => moveVisitToZone(ctx.prisma, ctx.live, ctx.member, input))
