import { LayoutPropertyInputSchema } from '@growops/domain'
import { layoutOccupancy } from '../../services/layout/layout-occupancy.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `layout.occupancy`: live status and batch of every position, for the canvas overlay. */
export const layoutOccupancyProcedure = areaProcedure('LAYOUT', 'read')
  .input(LayoutPropertyInputSchema)
  .query(({ ctx, input }) => layoutOccupancy(ctx.prisma, ctx.actor, input.propertyId))
