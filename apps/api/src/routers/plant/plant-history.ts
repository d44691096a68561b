import { PlantHistoryInputSchema } from '@growops/domain'
import { plantHistory } from '../../services/plants/plant-history.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Where a plant has been, oldest first. */
export const history = areaProcedure('CULTIVATION_OPS', 'read')
  .input(PlantHistoryInputSchema)
  .query(({ ctx, input }) => plantHistory(ctx.prisma, ctx.actor, input.plantId))
