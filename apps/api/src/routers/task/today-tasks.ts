import { TaskTodayInputSchema } from '@growops/domain'
import { todayTasks } from '../../services/tasks/read-tasks.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** The caller's open tasks (theirs and their role's) in the Today groups (TASK10). */
export const today = areaProcedure('CULTIVATION_OPS', 'read')
  .input(TaskTodayInputSchema)
  .query(({ ctx, input }) => todayTasks(ctx.prisma, ctx.actor, input))
