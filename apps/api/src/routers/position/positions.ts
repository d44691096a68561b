// The position procedures of the positions group; one file per procedure beside this one.
import { available } from './available-positions.ts'
import { locate } from './locate-address.ts'
import { reserve } from './reserve-positions.ts'

export const positionPositionsProcedures = { available, reserve, locate }
