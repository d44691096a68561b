// Shapes the room screens use, taken from the api's own output types.
import type { RouterOutputs } from '../../app/trpc.ts'

export type RoomPositions = RouterOutputs['room']['positions']
export type RoomSection = RoomPositions['sections'][number]
export type RoomPosition = RoomPositions['positions'][number]
export type PositionStatus = RoomPosition['status']
export type PlacedPlant = NonNullable<RoomPosition['plant']>

export const COLOUR_MODES = ['status', 'batch', 'stage'] as const
export type ColourMode = (typeof COLOUR_MODES)[number]

export function isColourMode(value: string | null): value is ColourMode {
  return (COLOUR_MODES as readonly (string | null)[]).includes(value)
}
