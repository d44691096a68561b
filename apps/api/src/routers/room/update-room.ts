import { RoomUpdateInputSchema } from '@growops/domain'
import { updateRoom } from '../../services/hierarchy/rooms.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `room.update`: edits a room; a new code re-addresses every position and plant in it. */
export const roomUpdate = areaProcedure('LAYOUT', 'write')
  .input(RoomUpdateInputSchema)
  .mutation(({ ctx, input }) => updateRoom(ctx.prisma, ctx.actor, input))
