import { PlantByTagInputSchema } from '@growops/domain'
import { findPlantByTag } from '../../services/plants/find-plant.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** The plant with a tag. */
export const byTag = areaProcedure('CULTIVATION_OPS', 'read')
  .input(PlantByTagInputSchema)
  .query(({ ctx, input }) => findPlantByTag(ctx.prisma, ctx.actor, input.tagNumber))
