import { SensorIdInputSchema } from '@growops/domain'
import { removeSensor } from '../../services/sensors/sensors.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Removes a sensor and its readings; its alerts stay. */
export const remove = areaProcedure('CULTIVATION_OPS', 'write')
  .input(SensorIdInputSchema)
  .mutation(({ ctx, input }) => removeSensor(ctx.prisma, ctx.actor, input.sensorId))
