import { PropertyIdInputSchema } from '@growops/domain'
import { listBuildings } from '../../services/hierarchy/buildings.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `building.list`: the buildings of a property, by code. */
export const buildingList = areaProcedure('LAYOUT', 'read')
  .input(PropertyIdInputSchema)
  .query(({ ctx, input }) => listBuildings(ctx.prisma, ctx.actor, input))
