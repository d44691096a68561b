import { ListPlantsInputSchema } from '@growops/domain'
import { listPlants } from '../../services/plants/list-plants.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Plants by batch, room or status, a page at a time. */
export const list = areaProcedure('CULTIVATION_OPS', 'read')
  .input(ListPlantsInputSchema)
  .query(({ ctx, input }) => listPlants(ctx.prisma, ctx.actor, input))
