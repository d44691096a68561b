import { RoomIdInputSchema } from '@growops/domain'
import { listSections } from '../../services/hierarchy/sections.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `section.list`: the sections of a room with their grid figures, by code. */
export const sectionList = areaProcedure('LAYOUT', 'read')
  .input(RoomIdInputSchema)
  .query(({ ctx, input }) => listSections(ctx.prisma, ctx.actor, input))
