import { AlertRuleListInputSchema } from '@growops/domain'
import { listAlertRules } from '../../services/sensors/alert-rules.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Alert rules of a property (or one room). */
export const listRules = areaProcedure('CULTIVATION_OPS', 'read')
  .input(AlertRuleListInputSchema)
  .query(({ ctx, input }) => listAlertRules(ctx.prisma, ctx.actor, input))
