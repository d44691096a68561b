// The layout's custom tldraw shapes, for the editor and for read-only viewers of past versions.
import { RackShapeUtil, TableShapeUtil } from './section-shapes.tsx'
import { SensorShapeUtil } from './sensor-shape.tsx'
import {
  AisleShapeUtil,
  BuildingShapeUtil,
  DoorShapeUtil,
  RoomShapeUtil,
} from './structure-shapes.tsx'

export const layoutShapeUtils = [
  BuildingShapeUtil,
  RoomShapeUtil,
  TableShapeUtil,
  RackShapeUtil,
  AisleShapeUtil,
  DoorShapeUtil,
  SensorShapeUtil,
] as const

export {
  AisleShapeUtil,
  BuildingShapeUtil,
  DoorShapeUtil,
  RackShapeUtil,
  RoomShapeUtil,
  SensorShapeUtil,
  TableShapeUtil,
}
export {
  isLayoutShape,
  layoutKindOf,
  type AisleShape,
  type BuildingShape,
  type DoorShape,
  type LayoutShape,
  type LayoutShapeOf,
  type RackShape,
  type RoomShape,
  type SensorShape,
  type TableShape,
} from './shape-types.ts'
export { rackCanvasSize, tableCanvasSize } from './section-geometry.ts'
