import { RoomCreateInputSchema } from '@growops/domain'
import { createRoom } from '../../services/hierarchy/rooms.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `room.create`: a new room in a building (Metrc location name defaults to "<BUILDING> <ROOM>"). */
export const roomCreate = areaProcedure('LAYOUT', 'write')
  .input(RoomCreateInputSchema)
  .mutation(({ ctx, input }) => createRoom(ctx.prisma, ctx.actor, input))
