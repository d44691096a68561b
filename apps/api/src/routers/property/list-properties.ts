import { listProperties } from '../../services/hierarchy/properties.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `property.list`: all properties of the organization, by code. */
export const propertyList = areaProcedure('LAYOUT', 'read').query(({ ctx }) =>
  listProperties(ctx.prisma, ctx.actor),
)
