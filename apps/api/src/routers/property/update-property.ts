import { PropertyUpdateInputSchema } from '@growops/domain'
import { updateProperty } from '../../services/hierarchy/properties.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `property.update`: renames or edits a property; a new code re-addresses everything beneath it. */
export const propertyUpdate = areaProcedure('LAYOUT', 'write')
  .input(PropertyUpdateInputSchema)
  .mutation(({ ctx, input }) => updateProperty(ctx.prisma, ctx.actor, input))
