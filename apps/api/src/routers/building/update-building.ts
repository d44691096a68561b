import { BuildingUpdateInputSchema } from '@growops/domain'
import { updateBuilding } from '../../services/hierarchy/buildings.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `building.update`: edits a building; a new code re-addresses everything beneath it. */
export const buildingUpdate = areaProcedure('LAYOUT', 'write')
  .input(BuildingUpdateInputSchema)
  .mutation(({ ctx, input }) => updateBuilding(ctx.prisma, ctx.actor, input))
