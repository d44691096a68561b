import { TaskIdInputSchema } from '@growops/domain'
import { reopenTask } from '../../services/tasks/change-task-status.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A done or cancelled task back to OPEN (managers only, TASK7). */
export const reopen = areaProcedure('CULTIVATION_OPS', 'write')
  .input(TaskIdInputSchema)
  .mutation(({ ctx, input }) => reopenTask(ctx.prisma, ctx.live, ctx.actor, input.taskId))
