import { TaskListInputSchema } from '@growops/domain'
import { listTasks } from '../../services/tasks/read-tasks.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Tasks by filters (TASK14); staff get only the ones they may see. */
export const list = areaProcedure('CULTIVATION_OPS', 'read')
  .input(TaskListInputSchema)
  .query(({ ctx, input }) => listTasks(ctx.prisma, ctx.actor, input))
