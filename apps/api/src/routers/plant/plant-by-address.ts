import { PlantByAddressInputSchema } from '@growops/domain'
import { findPlantByAddress } from '../../services/plants/find-plant.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** The position at an address and the plant in it. */
export const byAddress = areaProcedure('CULTIVATION_OPS', 'read')
  .input(PlantByAddressInputSchema)
  .query(({ ctx, input }) => findPlantByAddress(ctx.prisma, ctx.actor, input.address))
