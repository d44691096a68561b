import { PropertyCreateInputSchema } from '@growops/domain'
import { createProperty } from '../../services/hierarchy/properties.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `property.create`: a new property (code unique in the organization). */
export const propertyCreate = areaProcedure('LAYOUT', 'write')
  .input(PropertyCreateInputSchema)
  .mutation(({ ctx, input }) => createProperty(ctx.prisma, ctx.actor, input))
