import { RoomSummaryInputSchema } from '@growops/domain'
import { roomSensorSummary } from '../../services/sensors/sensor-series.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Per room of a property: latest values and sparklines per metric, open alert count. */
export const roomSummary = areaProcedure('CULTIVATION_OPS', 'read')
  .input(RoomSummaryInputSchema)
  .query(({ ctx, input }) => roomSensorSummary(ctx.prisma, ctx.actor, input))
