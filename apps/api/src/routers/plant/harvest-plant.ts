import { HarvestPlantInputSchema } from '@growops/domain'
import { harvestPlant } from '../../services/harvest/harvest-plant.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Harvests a plant with its wet weight, freeing its position or hanging it on a rack; keyed. */
export const harvest = areaProcedure('CULTIVATION_OPS', 'write')
  .input(HarvestPlantInputSchema)
  .mutation(({ ctx, input }) => harvestPlant(ctx.prisma, ctx.actor, input, { live: ctx.live }))
