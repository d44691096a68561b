import { BuildingCreateInputSchema } from '@growops/domain'
import { createBuilding } from '../../services/hierarchy/buildings.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `building.create`: a new building in a property. */
export const buildingCreate = areaProcedure('LAYOUT', 'write')
  .input(BuildingCreateInputSchema)
  .mutation(({ ctx, input }) => createBuilding(ctx.prisma, ctx.actor, input))
