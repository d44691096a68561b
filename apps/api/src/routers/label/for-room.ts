import { LabelRoomInputSchema } from '@growops/domain'
import { roomLabels } from '../../services/labels/position-labels.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A room's position labels (and the room's and sections' own), with QR payloads. Any member may print labels. */
export const forRoom = areaProcedure('CULTIVATION_OPS', 'read')
  .input(LabelRoomInputSchema)
  .query(({ ctx, input }) =>
    roomLabels(ctx.prisma, ctx.actor, input.roomId, ctx.config.publicAppOrigin),
  )
