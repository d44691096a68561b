import { SensorUpdateInputSchema } from '@growops/domain'
import { updateSensor } from '../../services/sensors/sensors.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Renames, re-kinds or moves a sensor. */
export const update = areaProcedure('CULTIVATION_OPS', 'write')
  .input(SensorUpdateInputSchema)
  .mutation(({ ctx, input }) => updateSensor(ctx.prisma, ctx.actor, input))
