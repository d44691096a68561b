import type { OccupancyCounts } from '@growops/ui'
import type { RoomPosition } from './room-types.ts'

/** Occupancy figures from the positions already on screen (no second request). */
export function countOccupancy(positions: readonly RoomPosition[]): OccupancyCounts {
  const counts = { total: positions.length, occupied: 0, reserved: 0, damaged: 0, empty: 0 }
  for (const position of positions) {
    if (position.status === 'OCCUPIED') counts.occupied++
    else if (position.status === 'RESERVED') counts.reserved++
    else if (position.status === 'DAMAGED') counts.damaged++
    else counts.empty++
  }
  return counts
}
