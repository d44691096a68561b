// The room procedures of the positions group; one file per procedure beside this one.
import { occupancy } from './room-occupancy.ts'
import { positions } from './room-positions.ts'

export const roomPositionsProcedures = { positions, occupancy }
