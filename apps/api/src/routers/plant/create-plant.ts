import { CreatePlantInputSchema } from '@growops/domain'
import { createPlant } from '../../services/plants/create-plant.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A new tagged plant in a growing batch, placed or not; idempotent with a key. */
export const create = areaProcedure('CULTIVATION_OPS', 'write')
  .input(CreatePlantInputSchema)
  .mutation(({ ctx, input }) => createPlant(ctx.prisma, ctx.actor, input, { live: ctx.live }))
