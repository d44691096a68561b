import { RecordWeightInputSchema } from '@growops/domain'
import { recordWeight } from '../../services/weights/record-weight.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Records one weighing of a plant or of a whole batch; idempotent with a key. */
export const record = areaProcedure('CULTIVATION_OPS', 'write')
  .input(RecordWeightInputSchema)
  .mutation(({ ctx, input }) => recordWeight(ctx.prisma, ctx.actor, input, { live: ctx.live }))
