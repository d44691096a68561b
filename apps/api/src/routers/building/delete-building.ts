import { BuildingIdInputSchema } from '@growops/domain'
import { deleteBuilding } from '../../services/hierarchy/buildings.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `building.delete`: removes a building with everything beneath it; refused while it holds plants. */
export const buildingDelete = areaProcedure('LAYOUT', 'write')
  .input(BuildingIdInputSchema)
  .mutation(({ ctx, input }) => deleteBuilding(ctx.prisma, ctx.actor, input))
