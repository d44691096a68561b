import { UpdatePlantStatusInputSchema } from '@growops/domain'
import { updatePlantStatus } from '../../services/plants/update-plant-status.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Ends a plant (harvested, destroyed, transferred) and frees its position; idempotent with a key. */
export const updateStatus = areaProcedure('CULTIVATION_OPS', 'write')
  .input(UpdatePlantStatusInputSchema)
  .mutation(({ ctx, input }) => updatePlantStatus(ctx.prisma, ctx.actor, input, { live: ctx.live }))
