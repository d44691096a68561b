import { BulkPlaceInputSchema } from '@growops/domain'
import { bulkPlacePlants } from '../../services/plants/bulk-place.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Places a batch into many positions, all or nothing; idempotent with a key. */
export const bulkPlace = areaProcedure('CULTIVATION_OPS', 'write')
  .input(BulkPlaceInputSchema)
  .mutation(({ ctx, input }) => bulkPlacePlants(ctx.prisma, ctx.actor, input, { live: ctx.live }))
