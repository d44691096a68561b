import { LayoutVersionInputSchema } from '@growops/domain'
import { getLayoutVersion } from '../../services/layout/layout-versions.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `layout.version`: one published version with its snapshot. */
export const layoutVersionProcedure = areaProcedure('LAYOUT', 'read')
  .input(LayoutVersionInputSchema)
  .query(({ ctx, input }) =>
    getLayoutVersion(ctx.prisma, ctx.actor, input.propertyId, input.number),
  )
