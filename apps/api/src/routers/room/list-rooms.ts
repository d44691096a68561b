import { BuildingIdInputSchema } from '@growops/domain'
import { listRooms } from '../../services/hierarchy/rooms.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `room.list`: the rooms of a building with their occupancy, by code. */
export const roomList = areaProcedure('LAYOUT', 'read')
  .input(BuildingIdInputSchema)
  .query(({ ctx, input }) => listRooms(ctx.prisma, ctx.actor, input))
