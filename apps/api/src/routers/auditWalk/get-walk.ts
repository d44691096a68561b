import { AuditWalkIdInputSchema } from '@growops/domain'
import { getWalk } from '../../services/audit-walks/get-walk.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A walk with expected vs found (live while in progress, the frozen report once completed). */
export const get = areaProcedure('CULTIVATION_OPS', 'read')
  .input(AuditWalkIdInputSchema)
  .query(({ ctx, input }) => getWalk(ctx.prisma, ctx.actor, input))
