import {
  ClockInForInputSchema,
  ClockInInputSchema,
  ClockOutForInputSchema,
  ClockOutInputSchema,
} from '@growops/domain'
import {
  clockIn as clockInService,
  clockInFor as clockInForService,
  clockOut as clockOutService,
  clockOutFor as clockOutForService,
} from '../../services/labor/clock.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/**
 * Clocks the caller in now, optionally against a room, task or batch (LAB11). LABOR FULL or
 * LIMITED (own time); a second open entry is TIME_ENTRY.ALREADY_CLOCKED_IN.
 */
export const clockIn = areaProcedure('LABOR', 'write')
  .input(ClockInInputSchema)
  .mutation(({ ctx, input }) => clockInService(ctx.prisma, ctx.actor, input))

/** Clocks the caller out now; a running break ends with it (LAB11). */
export const clockOut = areaProcedure('LABOR', 'write')
  .input(ClockOutInputSchema)
  .mutation(({ ctx, input }) => clockOutService(ctx.prisma, ctx.actor, input))

/** OWNER only (LAB13): clocks another member in, now or at a past moment. */
export const clockInFor = areaProcedure('LABOR', 'write')
  .input(ClockInForInputSchema)
  .mutation(({ ctx, input }) => clockInForService(ctx.prisma, ctx.actor, input))

/** OWNER only (LAB13): clocks another member out, now or at a past moment. */
export const clockOutFor = areaProcedure('LABOR', 'write')
  .input(ClockOutForInputSchema)
  .mutation(({ ctx, input }) => clockOutForService(ctx.prisma, ctx.actor, input))
