import { LayoutPublishInputSchema } from '@growops/domain'
import { publishLayout } from '../../services/layout/publish-layout.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `layout.publish`: reconciles the hierarchy with the snapshot and stores the next version. */
export const layoutPublishProcedure = areaProcedure('LAYOUT', 'write')
  .input(LayoutPublishInputSchema)
  .mutation(({ ctx, input }) => publishLayout(ctx.prisma, ctx.actor, input))
