import { LaborReportInputSchema } from '@growops/domain'
import { laborReport } from '../../services/labor/labor-report.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/**
 * Hours, overtime and cost grouped by person, room, batch or period, with overtime flags and
 * cost per gram for batches (LAB9, LAB10). Readers and owners; not STAFF.
 */
export const report = areaProcedure('LABOR', 'read')
  .input(LaborReportInputSchema)
  .query(({ ctx, input }) => laborReport(ctx.prisma, ctx.actor, input))
