import { SensorListInputSchema } from '@growops/domain'
import { listSensors } from '../../services/sensors/sensors.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Sensors of the organization (or a property/room) with their latest value per metric. */
export const list = areaProcedure('CULTIVATION_OPS', 'read')
  .input(SensorListInputSchema)
  .query(({ ctx, input }) => listSensors(ctx.prisma, ctx.actor, input))
