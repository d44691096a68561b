import { z } from 'zod'
import { resolveScan } from '../../services/scan/resolve-scan.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** What a camera decoded or a person typed: a label link, a plant tag or a position address. */
export const ScanResolveInputSchema = z.object({
  text: z.string().max(1000, 'That is too long for a label.'),
})

/** What a scan refers to, with what the phone shows (plant, position, section, room, batch). */
export const resolve = areaProcedure('CULTIVATION_OPS', 'read')
  .input(ScanResolveInputSchema)
  .query(({ ctx, input }) => resolveScan(ctx.prisma, ctx.actor, input.text))
