import { LabelPlantsInputSchema } from '@growops/domain'
import { plantLabels } from '../../services/labels/plant-labels.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Labels of chosen plants, in the order asked. Any member may print labels. */
export const forPlants = areaProcedure('CULTIVATION_OPS', 'read')
  .input(LabelPlantsInputSchema)
  .query(({ ctx, input }) =>
    plantLabels(ctx.prisma, ctx.actor, input.plantIds, ctx.config.publicAppOrigin),
  )
