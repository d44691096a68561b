import { SensorIdInputSchema } from '@growops/domain'
import { rotateSensorKey } from '../../services/sensors/sensors.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A new API key (answered once); the old one stops working. */
export const rotateKey = areaProcedure('CULTIVATION_OPS', 'write')
  .input(SensorIdInputSchema)
  .mutation(({ ctx, input }) => rotateSensorKey(ctx.prisma, ctx.actor, input.sensorId))
