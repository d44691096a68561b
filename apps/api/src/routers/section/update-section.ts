import { SectionUpdateInputSchema } from '@growops/domain'
import { updateSection } from '../../services/hierarchy/sections.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `section.update`: edits a section; a new code re-addresses every position and plant in it. */
export const sectionUpdate = areaProcedure('LAYOUT', 'write')
  .input(SectionUpdateInputSchema)
  .mutation(({ ctx, input }) => updateSection(ctx.prisma, ctx.actor, input))
