import { PropertyVisitorsInputSchema } from '@growops/domain'
import { listKiosks } from '../../services/visitors/kiosks.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A property's kiosks, revoked ones last (COMPLIANCE read). */
export const list = areaProcedure('COMPLIANCE', 'read')
  .input(PropertyVisitorsInputSchema)
  .query(({ ctx, input }) => listKiosks(ctx.prisma, ctx.actor, input.propertyId))
