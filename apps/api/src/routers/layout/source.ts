import { LayoutPropertyInputSchema } from '@growops/domain'
import { layoutSource } from '../../services/layout/layout-source.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `layout.source`: the stored hierarchy as a snapshot, to import onto an empty canvas. */
export const layoutSourceProcedure = areaProcedure('LAYOUT', 'read')
  .input(LayoutPropertyInputSchema)
  .query(({ ctx, input }) => layoutSource(ctx.prisma, ctx.actor, input.propertyId))
