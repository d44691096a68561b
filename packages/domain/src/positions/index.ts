export {
  effectivePositionStatus,
  isPositionFreeFor,
  positionRefusal,
  PositionStatusSchema,
  type PositionState,
  type PositionStatus,
} from './position-status.ts'
export {
  AvailablePositionsInputSchema,
  DateTimeInputSchema,
  LocateAddressInputSchema,
  MAX_POSITIONS_PER_REQUEST,
  MAX_RESERVATION_DAYS,
  PositionIdsSchema,
  PropertyOccupancyInputSchema,
  ReservePositionsInputSchema,
  RoomOccupancyInputSchema,
  RoomPositionsInputSchema,
  type AvailablePositionsInput,
  type LocateAddressInput,
  type PropertyOccupancyInput,
  type ReservePositionsInput,
  type RoomOccupancyInput,
  type RoomPositionsInput,
} from './positions.schema.ts'
export { assertReservationWindow } from './reservation.ts'
export {
  findFreeRuns,
  selectAvailablePositions,
  type AvailableSelection,
  type GridSlot,
} from './select-available.ts'
