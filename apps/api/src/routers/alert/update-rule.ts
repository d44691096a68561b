import { AlertRuleUpdateInputSchema } from '@growops/domain'
import { updateAlertRule } from '../../services/sensors/alert-rules.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Changes a rule; its breach clocks restart. */
export const updateRule = areaProcedure('CULTIVATION_OPS', 'write')
  .input(AlertRuleUpdateInputSchema)
  .mutation(({ ctx, input }) => updateAlertRule(ctx.prisma, ctx.actor, input))
