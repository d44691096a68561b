import { LayoutPropertyInputSchema } from '@growops/domain'
import { layoutConnection } from '../../services/layout/layout-versions.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `layout.connection`: what a canvas needs to join the property's live document. */
export const layoutConnectionProcedure = areaProcedure('LAYOUT', 'read')
  .input(LayoutPropertyInputSchema)
  .query(({ ctx, input }) =>
    layoutConnection(ctx.prisma, ctx.actor, input.propertyId, ctx.config.publicCollabUrl),
  )
