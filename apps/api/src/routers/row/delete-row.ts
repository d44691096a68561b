import { RowIdInputSchema } from '@growops/domain'
import { deleteRow } from '../../services/hierarchy/rows.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `row.delete`: removes a row and its positions; refused while it holds plants. */
export const rowDelete = areaProcedure('LAYOUT', 'write')
  .input(RowIdInputSchema)
  .mutation(({ ctx, input }) => deleteRow(ctx.prisma, ctx.actor, input))
