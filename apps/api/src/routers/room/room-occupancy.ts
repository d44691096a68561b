import { RoomOccupancyInputSchema } from '@growops/domain'
import { roomOccupancy } from '../../services/positions/room-occupancy.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `{ total, occupied, empty, reserved, damaged }` of one room. */
export const occupancy = areaProcedure('CULTIVATION_OPS', 'read')
  .input(RoomOccupancyInputSchema)
  .query(({ ctx, input }) => roomOccupancy(ctx.prisma, ctx.actor, input.roomId))
