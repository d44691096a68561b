import { BatchAssignmentInputSchema } from '@growops/domain'
import { setBatchAssignment } from '../../services/batches/assign-batch.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Gives a member access to a batch (FULL access). */
export const assign = areaProcedure('CULTIVATION_OPS', 'write')
  .input(BatchAssignmentInputSchema)
  .mutation(({ ctx, input }) =>
    setBatchAssignment(ctx.prisma, ctx.actor, { ...input, assigned: true }),
  )
