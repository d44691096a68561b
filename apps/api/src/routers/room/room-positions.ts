import { RoomPositionsInputSchema } from '@growops/domain'
import { listRoomPositions } from '../../services/positions/room-positions.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Every position of a room in grid order, with effective status and (visible) plant. */
export const positions = areaProcedure('CULTIVATION_OPS', 'read')
  .input(RoomPositionsInputSchema)
  .query(({ ctx, input }) => listRoomPositions(ctx.prisma, ctx.actor, input.roomId))
