import { RowCreateInputSchema } from '@growops/domain'
import { createRow } from '../../services/hierarchy/rows.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `row.create`: appends the section's next row (rack level) with its positions. */
export const rowCreate = areaProcedure('LAYOUT', 'write')
  .input(RowCreateInputSchema)
  .mutation(({ ctx, input }) => createRow(ctx.prisma, ctx.actor, input))
