import { PropertyVisitorsInputSchema } from '@growops/domain'
import { listZones } from '../../services/visitors/zones.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/** A property's access zones with their rooms and live counts (every member: pre-registering). */
export const zones = memberProcedure
  .input(PropertyVisitorsInputSchema)
  .query(({ ctx, input }) => listZones(ctx.prisma, ctx.member, input.propertyId))
