import { SectionIdInputSchema } from '@growops/domain'
import { listRows } from '../../services/hierarchy/rows.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `row.list`: the rows (rack levels) of a section, by number. */
export const rowList = areaProcedure('LAYOUT', 'read')
  .input(SectionIdInputSchema)
  .query(({ ctx, input }) => listRows(ctx.prisma, ctx.actor, input))
