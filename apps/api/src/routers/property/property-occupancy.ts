import { PropertyOccupancyInputSchema } from '@growops/domain'
import { propertyOccupancy } from '../../services/positions/property-occupancy.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Occupancy of every room of a property, in one query. */
export const occupancy = areaProcedure('CULTIVATION_OPS', 'read')
  .input(PropertyOccupancyInputSchema)
  .query(({ ctx, input }) => propertyOccupancy(ctx.prisma, ctx.actor, input.propertyId))
