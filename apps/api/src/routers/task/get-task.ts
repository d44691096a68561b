import { TaskIdInputSchema } from '@growops/domain'
import { getTask } from '../../services/tasks/read-tasks.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** One task with its comments, links and photo url (NOT_FOUND when the caller may not see it). */
export const get = areaProcedure('CULTIVATION_OPS', 'read')
  .input(TaskIdInputSchema)
  .query(({ ctx, input }) => getTask(ctx.prisma, ctx.actor, input.taskId))
