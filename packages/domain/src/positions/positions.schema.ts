import { z } from 'zod'
import { AddressPrefixInputSchema } from '../addressing/address.schema.ts'

/** Most positions one request may name (a large flower room, placed at once). */
export const MAX_POSITIONS_PER_REQUEST = 10_000

/** Longest a reservation may run (POS4): a year. */
export const MAX_RESERVATION_DAYS = 366

/** A point in time: a Date (in-process callers) or an ISO 8601 string with an offset (JSON). */
export const DateTimeInputSchema = z.union([
  z.date(),
  z.iso
    .datetime({ offset: true, error: 'Give a date and time such as 2026-05-01T08:00:00Z.' })
    .transform((value) => new Date(value)),
])

const PositionIdsSchema = z
  .array(z.uuid())
  .min(1, 'Name at least one position.')
  .max(MAX_POSITIONS_PER_REQUEST, `Name at most ${MAX_POSITIONS_PER_REQUEST} positions at once.`)
  .refine((ids) => new Set(ids).size === ids.length, 'A position is named twice.')

export const RoomPositionsInputSchema = z.object({ roomId: z.uuid() })
export type RoomPositionsInput = z.infer<typeof RoomPositionsInputSchema>

export const RoomOccupancyInputSchema = z.object({ roomId: z.uuid() })
export type RoomOccupancyInput = z.infer<typeof RoomOccupancyInputSchema>

export const PropertyOccupancyInputSchema = z.object({ propertyId: z.uuid() })
export type PropertyOccupancyInput = z.infer<typeof PropertyOccupancyInputSchema>

/** `position.available`: N free positions of a room (or one of its sections), contiguous first. */
export const AvailablePositionsInputSchema = z.object({
  roomId: z.uuid(),
  sectionId: z.uuid().optional(),
  count: z
    .int('Give the number of positions as a whole number.')
    .min(1, 'Ask for at least 1 position.')
    .max(MAX_POSITIONS_PER_REQUEST, `Ask for at most ${MAX_POSITIONS_PER_REQUEST} positions.`),
  /** Positions reserved for this batch count as free. */
  batchId: z.uuid().optional(),
})
export type AvailablePositionsInput = z.infer<typeof AvailablePositionsInputSchema>

/** `position.reserve`: hold positions for a batch until a time in the future (POS4). */
export const ReservePositionsInputSchema = z.object({
  positionIds: PositionIdsSchema,
  batchId: z.uuid(),
  until: DateTimeInputSchema,
})
export type ReservePositionsInput = z.infer<typeof ReservePositionsInputSchema>

/** `position.locate`: an address of any level, typed or scanned. */
export const LocateAddressInputSchema = z.object({ address: AddressPrefixInputSchema })
export type LocateAddressInput = z.infer<typeof LocateAddressInputSchema>

export { PositionIdsSchema }
