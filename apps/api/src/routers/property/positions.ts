// The property procedures of the positions group; one file per procedure beside this one.
import { occupancy } from './property-occupancy.ts'

export const propertyPositionsProcedures = { occupancy }
