import { BatchAssignmentInputSchema } from '@growops/domain'
import { setBatchAssignment } from '../../services/batches/assign-batch.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Takes a member's access to a batch away (FULL access). */
export const unassign = areaProcedure('CULTIVATION_OPS', 'write')
  .input(BatchAssignmentInputSchema)
  .mutation(({ ctx, input }) =>
    setBatchAssignment(ctx.prisma, ctx.actor, { ...input, assigned: false }),
  )
