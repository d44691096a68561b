import { TaskCommentInputSchema } from '@growops/domain'
import { addTaskComment } from '../../services/tasks/task-comments.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Comments on a task; mentioned members get a MENTION notification (TASK11). */
export const comment = areaProcedure('CULTIVATION_OPS', 'write')
  .input(TaskCommentInputSchema)
  .mutation(({ ctx, input }) => addTaskComment(ctx.prisma, ctx.live, ctx.actor, input))
