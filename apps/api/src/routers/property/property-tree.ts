import { PropertyIdInputSchema } from '@growops/domain'
import { loadPropertyTree } from '../../services/hierarchy/property-tree.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `property.full`: the whole tree with per-room occupancy and per-section grid figures. */
export const propertyFull = areaProcedure('LAYOUT', 'read')
  .input(PropertyIdInputSchema)
  .query(({ ctx, input }) => loadPropertyTree(ctx.prisma, ctx.actor, input))
