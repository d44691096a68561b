import { LabelBatchInputSchema } from '@growops/domain'
import { batchLabels } from '../../services/labels/plant-labels.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A batch's label and its plants' labels. Any member may print labels. */
export const forBatch = areaProcedure('CULTIVATION_OPS', 'read')
  .input(LabelBatchInputSchema)
  .query(({ ctx, input }) =>
    batchLabels(ctx.prisma, ctx.actor, input.batchId, ctx.config.publicAppOrigin),
  )
