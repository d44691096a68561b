import { SensorReadingsInputSchema } from '@growops/domain'
import { sensorReadings } from '../../services/sensors/sensor-series.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A bucketed series of one metric of a sensor, at most 200 points, for charts. */
export const readings = areaProcedure('CULTIVATION_OPS', 'read')
  .input(SensorReadingsInputSchema)
  .query(({ ctx, input }) => sensorReadings(ctx.prisma, ctx.actor, input))
