import {
  LaborZoneInputSchema,
  MyEntriesInputSchema,
  MyWeekInputSchema,
  TimeEntryListInputSchema,
} from '@growops/domain'
import { z } from 'zod'
import {
  laborStatus,
  listEntryEdits,
  listTimeEntries,
  myWeek as myWeekService,
} from '../../services/labor/list-entries.ts'
import { laborOptions } from '../../services/labor/labor-options.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** The caller's open entry, today's entries and worked minutes. */
export const status = areaProcedure('LABOR', 'read')
  .input(LaborZoneInputSchema)
  .query(({ ctx, input }) => laborStatus(ctx.prisma, ctx.actor, input))

/** The caller's workweek day by day with overtime marked (LAB3–LAB5). */
export const myWeek = areaProcedure('LABOR', 'read')
  .input(MyWeekInputSchema)
  .query(({ ctx, input }) => myWeekService(ctx.prisma, ctx.actor, input))

/** The caller's own entries (every role with LABOR access). */
export const myEntries = areaProcedure('LABOR', 'read')
  .input(MyEntriesInputSchema)
  .query(({ ctx, input }) =>
    listTimeEntries(ctx.prisma, ctx.actor, { ...input, userId: ctx.actor.userId }),
  )

/** Entries with filters: readers and owners see everyone's, STAFF only their own (LAB13). */
export const entries = areaProcedure('LABOR', 'read')
  .input(TimeEntryListInputSchema)
  .query(({ ctx, input }) => listTimeEntries(ctx.prisma, ctx.actor, input))

/** An entry's corrections, newest first, with reason, before and after. */
export const entryEdits = areaProcedure('LABOR', 'read')
  .input(z.object({ timeEntryId: z.uuid() }))
  .query(({ ctx, input }) => listEntryEdits(ctx.prisma, ctx.actor, input))

/** Rooms, the caller's open tasks, growing batches and people to choose from. */
export const options = areaProcedure('LABOR', 'read').query(({ ctx }) =>
  laborOptions(ctx.prisma, ctx.actor),
)
