import { TaskCreateInputSchema } from '@growops/domain'
import { createTask } from '../../services/tasks/create-task.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/**
 * Creates a task from scratch, a template, an alert or a shift note (TASK12). Managers assign
 * anyone; staff create their own (TASK9); read roles may not.
 */
export const create = areaProcedure('CULTIVATION_OPS', 'write')
  .input(TaskCreateInputSchema)
  .mutation(({ ctx, input }) => createTask(ctx.prisma, ctx.live, ctx.actor, input))
