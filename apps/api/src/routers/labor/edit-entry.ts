import { EditTimeEntryInputSchema } from '@growops/domain'
import { editTimeEntry } from '../../services/labor/edit-entry.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/**
 * Corrects an entry with a reason of at least 5 characters (LAB12): OWNER any entry, STAFF
 * their own; stored as a TimeEntryEdit with before and after, and audited.
 */
export const editEntry = areaProcedure('LABOR', 'write')
  .input(EditTimeEntryInputSchema)
  .mutation(({ ctx, input }) => editTimeEntry(ctx.prisma, ctx.actor, input))
