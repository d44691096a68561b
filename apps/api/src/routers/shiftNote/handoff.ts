import { ShiftHandoffInputSchema } from '@growops/domain'
import { acknowledgeHandoff, shiftHandoff } from '../../services/comms/handoff.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** What others wrote at the property since my last shift or my last acknowledgement (COMM10). */
export const handoff = areaProcedure('COMMS', 'read')
  .input(ShiftHandoffInputSchema)
  .query(({ ctx, input }) => shiftHandoff(ctx.prisma, ctx.actor, input.propertyId))

/** Marks the property's handoff read: the next one starts now. */
export const acknowledgeHandoffRead = areaProcedure('COMMS', 'read')
  .input(ShiftHandoffInputSchema)
  .mutation(({ ctx, input }) => acknowledgeHandoff(ctx.prisma, ctx.actor, input.propertyId))
