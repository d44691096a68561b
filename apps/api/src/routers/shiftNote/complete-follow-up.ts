import { ShiftNoteIdInputSchema } from '@growops/domain'
import { completeFollowUp as completeNoteFollowUp } from '../../services/comms/shift-notes.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Marks a note's follow-up done (COMMS FULL or LIMITED; idempotent). */
export const completeFollowUp = areaProcedure('COMMS', 'write')
  .input(ShiftNoteIdInputSchema)
  .mutation(({ ctx, input }) => completeNoteFollowUp(ctx.prisma, ctx.actor, input.shiftNoteId))
