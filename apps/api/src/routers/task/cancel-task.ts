import { TaskIdInputSchema } from '@growops/domain'
import { cancelTask } from '../../services/tasks/change-task-status.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Cancels an open task (managers, or staff the tasks they created). */
export const cancel = areaProcedure('CULTIVATION_OPS', 'write')
  .input(TaskIdInputSchema)
  .mutation(({ ctx, input }) => cancelTask(ctx.prisma, ctx.live, ctx.actor, input.taskId))
