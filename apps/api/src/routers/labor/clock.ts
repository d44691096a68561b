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

// clockIn/clockOut need only LABOR read: they change nothing but the caller's own time (LAB11).

/**
 * Clocks the caller in now, optionally against a room, task or batch (LAB11). Any role with labor access
 * records its own time (LAB11); a second open entry is TIME_ENTRY.ALREADY_CLOCKED_IN.
 */
export const clockIn = areaProcedure('LABOR', 'read')
  .input(ClockInInputSchema)
  .mutation(({ ctx, input }) => clockInService(ctx.prisma, ctx.actor, input))

/** Clocks the caller out now; a running break ends with it (LAB11). */
export const clockOut = areaProcedure('LABOR', 'read')
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
