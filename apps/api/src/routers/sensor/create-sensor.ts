import { SensorCreateInputSchema } from '@growops/domain'
import { createSensor } from '../../services/sensors/sensors.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Adds a sensor; answers its API key once. */
export const create = areaProcedure('CULTIVATION_OPS', 'write')
  .input(SensorCreateInputSchema)
  .mutation(({ ctx, input }) => createSensor(ctx.prisma, ctx.actor, input))
