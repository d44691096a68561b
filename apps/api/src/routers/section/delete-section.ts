import { SectionIdInputSchema } from '@growops/domain'
import { deleteSection } from '../../services/hierarchy/sections.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `section.delete`: removes a section with its rows and positions; refused while it holds plants. */
export const sectionDelete = areaProcedure('LAYOUT', 'write')
  .input(SectionIdInputSchema)
  .mutation(({ ctx, input }) => deleteSection(ctx.prisma, ctx.actor, input))
