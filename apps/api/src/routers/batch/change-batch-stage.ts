import { ChangeBatchStageInputSchema } from '@growops/domain'
import { changeBatchStage } from '../../services/batches/change-batch-stage.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Moves a batch one step along its lifecycle. */
export const changeStage = areaProcedure('CULTIVATION_OPS', 'write')
  .input(ChangeBatchStageInputSchema)
  .mutation(({ ctx, input }) => changeBatchStage(ctx.prisma, ctx.actor, input, { live: ctx.live }))
