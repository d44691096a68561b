import { TaskUpdateInputSchema } from '@growops/domain'
import { updateTask } from '../../services/tasks/update-task.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Changes a task's fields, links or assignment (managers; staff their own, TASK7). */
export const update = areaProcedure('CULTIVATION_OPS', 'write')
  .input(TaskUpdateInputSchema)
  .mutation(({ ctx, input }) => updateTask(ctx.prisma, ctx.live, ctx.actor, input))
