import { LocateAddressInputSchema } from '@growops/domain'
import { locateAddress } from '../../services/positions/locate-address.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Resolves a typed or scanned address of any level to the ids of what it names. */
export const locate = areaProcedure('CULTIVATION_OPS', 'read')
  .input(LocateAddressInputSchema)
  .query(({ ctx, input }) => locateAddress(ctx.prisma, ctx.actor, input.address))
