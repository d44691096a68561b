import { LayoutPropertyInputSchema } from '@growops/domain'
import { listLayoutVersions } from '../../services/layout/layout-versions.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `layout.versions`: published versions, newest first, with who published them. */
export const layoutVersionsProcedure = areaProcedure('LAYOUT', 'read')
  .input(LayoutPropertyInputSchema)
  .query(({ ctx, input }) => listLayoutVersions(ctx.prisma, ctx.actor, input.propertyId))
