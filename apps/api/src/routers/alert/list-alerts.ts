import { AlertListInputSchema } from '@growops/domain'
import { listAlerts } from '../../services/sensors/alerts.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Alerts by status (default: open and acknowledged), newest first. */
export const list = areaProcedure('CULTIVATION_OPS', 'read')
  .input(AlertListInputSchema)
  .query(({ ctx, input }) => listAlerts(ctx.prisma, ctx.actor, input))
