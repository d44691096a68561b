import { PropertyVisitorsInputSchema } from '@growops/domain'
import { onSiteNow as listOnSite } from '../../services/visitors/on-site.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/** Everyone on site now, visitors and clocked-in members, for an evacuation (every member). */
export const onSiteNow = memberProcedure
  .input(PropertyVisitorsInputSchema)
  .query(({ ctx, input }) => listOnSite(ctx.prisma, ctx.member, input.propertyId))
