import { RoomIdInputSchema } from '@growops/domain'
import { deleteRoom } from '../../services/hierarchy/rooms.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `room.delete`: removes a room with everything in it; refused while it holds plants. */
export const roomDelete = areaProcedure('LAYOUT', 'write')
  .input(RoomIdInputSchema)
  .mutation(({ ctx, input }) => deleteRoom(ctx.prisma, ctx.actor, input))
