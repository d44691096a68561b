import { MovePlantInputSchema } from '@growops/domain'
import { movePlant } from '../../services/plants/move-plant.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Moves a plant to another position; idempotent with a key. */
export const move = areaProcedure('CULTIVATION_OPS', 'write')
  .input(MovePlantInputSchema)
  .mutation(({ ctx, input }) => movePlant(ctx.prisma, ctx.actor, input, { live: ctx.live }))
