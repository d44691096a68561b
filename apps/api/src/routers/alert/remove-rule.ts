import { AlertRuleIdInputSchema } from '@growops/domain'
import { removeAlertRule } from '../../services/sensors/alert-rules.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Removes a rule. */
export const removeRule = areaProcedure('CULTIVATION_OPS', 'write')
  .input(AlertRuleIdInputSchema)
  .mutation(({ ctx, input }) => removeAlertRule(ctx.prisma, ctx.actor, input.ruleId))
