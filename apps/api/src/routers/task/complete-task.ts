import { TaskCompleteInputSchema } from '@growops/domain'
import { completeTask } from '../../services/tasks/change-task-status.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Done, with an optional note and photo (TASK13); growers and the creator are notified. */
export const complete = areaProcedure('CULTIVATION_OPS', 'write')
  .input(TaskCompleteInputSchema)
  .mutation(({ ctx, input }) => completeTask(ctx.prisma, ctx.live, ctx.actor, input))
