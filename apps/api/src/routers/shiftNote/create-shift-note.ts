import { ShiftNoteCreateInputSchema } from '@growops/domain'
import { createShiftNote } from '../../services/comms/shift-notes.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/**
 * Writes a shift note (COMMS FULL or LIMITED; COMM9). Mentions in the body are resolved and
 * notified; the ones that could not be resolved come back in `unresolved`.
 */
export const create = areaProcedure('COMMS', 'write')
  .input(ShiftNoteCreateInputSchema)
  .mutation(({ ctx, input }) => createShiftNote(ctx.prisma, ctx.live, ctx.actor, input))
