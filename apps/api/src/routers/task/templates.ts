import {
  TaskTemplateCreateInputSchema,
  TaskTemplateIdInputSchema,
  TaskTemplateListInputSchema,
  TaskTemplateUpdateInputSchema,
} from '@growops/domain'
import {
  archiveTemplate,
  createTemplate,
  listTemplates,
  updateTemplate,
} from '../../services/tasks/task-templates.ts'
import { router } from '../../trpc/init.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Task templates: everyone with cultivation access lists them; managers write them. */
export const templateRouter = router({
  list: areaProcedure('CULTIVATION_OPS', 'read')
    .input(TaskTemplateListInputSchema)
    .query(({ ctx, input }) => listTemplates(ctx.prisma, ctx.actor, input)),
  create: areaProcedure('CULTIVATION_OPS', 'write')
    .input(TaskTemplateCreateInputSchema)
    .mutation(({ ctx, input }) => createTemplate(ctx.prisma, ctx.live, ctx.actor, input)),
  update: areaProcedure('CULTIVATION_OPS', 'write')
    .input(TaskTemplateUpdateInputSchema)
    .mutation(({ ctx, input }) => updateTemplate(ctx.prisma, ctx.live, ctx.actor, input)),
  archive: areaProcedure('CULTIVATION_OPS', 'write')
    .input(TaskTemplateIdInputSchema)
    .mutation(({ ctx, input }) =>
      archiveTemplate(ctx.prisma, ctx.live, ctx.actor, input.templateId),
    ),
})
