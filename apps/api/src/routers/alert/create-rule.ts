import { AlertRuleCreateInputSchema } from '@growops/domain'
import { createAlertRule } from '../../services/sensors/alert-rules.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A threshold rule for a room or one sensor. */
export const createRule = areaProcedure('CULTIVATION_OPS', 'write')
  .input(AlertRuleCreateInputSchema)
  .mutation(({ ctx, input }) => createAlertRule(ctx.prisma, ctx.actor, input))
