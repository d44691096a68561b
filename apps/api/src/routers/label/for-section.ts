import { LabelSectionInputSchema } from '@growops/domain'
import { sectionLabels } from '../../services/labels/position-labels.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A section's position labels, with QR payloads. Any member may print labels. */
export const forSection = areaProcedure('CULTIVATION_OPS', 'read')
  .input(LabelSectionInputSchema)
  .query(({ ctx, input }) =>
    sectionLabels(ctx.prisma, ctx.actor, input.sectionId, ctx.config.publicAppOrigin),
  )
