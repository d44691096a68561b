import { LayoutPreviewInputSchema } from '@growops/domain'
import { previewLayout } from '../../services/layout/publish-layout.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `layout.preview`: what publishing the snapshot would change, and its problems (changes
 * nothing; a mutation only so the large snapshot travels in a POST body). */
export const layoutPreviewProcedure = areaProcedure('LAYOUT', 'write')
  .input(LayoutPreviewInputSchema)
  .mutation(({ ctx, input }) => previewLayout(ctx.prisma, ctx.actor, input))
