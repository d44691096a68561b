import { PropertyIdInputSchema } from '@growops/domain'
import { deleteProperty } from '../../services/hierarchy/properties.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `property.delete`: removes an empty property with everything beneath it; refused while it holds plants or batches. */
export const propertyDelete = areaProcedure('LAYOUT', 'write')
  .input(PropertyIdInputSchema)
  .mutation(({ ctx, input }) => deleteProperty(ctx.prisma, ctx.actor, input))
