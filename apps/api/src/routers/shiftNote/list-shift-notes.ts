import { ShiftNoteListInputSchema } from '@growops/domain'
import { listShiftNotes } from '../../services/comms/shift-notes.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A property's shift notes, newest first (every member with COMMS access). */
export const list = areaProcedure('COMMS', 'read')
  .input(ShiftNoteListInputSchema)
  .query(({ ctx, input }) => listShiftNotes(ctx.prisma, ctx.actor, input))
