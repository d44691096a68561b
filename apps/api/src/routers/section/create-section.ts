import { SectionCreateInputSchema } from '@growops/domain'
import { createSection } from '../../services/hierarchy/sections.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `section.create`: a new table or rack with its rows and addressed positions. */
export const sectionCreate = areaProcedure('LAYOUT', 'write')
  .input(SectionCreateInputSchema)
  .mutation(({ ctx, input }) => createSection(ctx.prisma, ctx.actor, input))
