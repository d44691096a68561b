import { TaskIdInputSchema } from '@growops/domain'
import { startTask } from '../../services/tasks/change-task-status.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** OPEN → IN_PROGRESS, by the assignee, someone of the assigned role or a manager. */
export const start = areaProcedure('CULTIVATION_OPS', 'write')
  .input(TaskIdInputSchema)
  .mutation(({ ctx, input }) => startTask(ctx.prisma, ctx.live, ctx.actor, input.taskId))
