// What a publish does to the stored hierarchy: the output of planLayoutReconciliation,
// applied by the api in one transaction. Snapshot elements are named by their canvas
// `key`; stored rows by their `id`.
import type { SectionType } from '../../grids/grid.schema.ts'
import type { BuildingType, RoomType } from '../../hierarchy/hierarchy.schema.ts'
import type { CurrentPlant, PublishedLayout } from './current-hierarchy.ts'

/**
 * One building, room or section of the snapshot: created when `id` is null, otherwise the
 * stored row it keeps, updated in the fields listed in `changed` (none: left alone).
 */
export interface PlannedEntity<Data> {
  key: string
  id: string | null
  data: Data
  /** Fields that differ from the stored row; every field for a new one. */
  changed: (keyof Data)[]
  /** Dotted codes below the property before the publish (null for a new one): `GROW1.VEG-A`. */
  fromPath: string | null
  path: string
}

/** What every planned entity has, whatever its data (for code that lists any level). */
export interface PlannedEntitySummary {
  key: string
  id: string | null
  changed: readonly PropertyKey[]
  fromPath: string | null
  path: string
}

export interface BuildingData {
  code: string
  name: string
  type: BuildingType
  layout: PublishedLayout
}

export interface RoomData {
  /** The snapshot key of the building it stands in. */
  buildingKey: string
  code: string
  name: string
  type: RoomType
  layout: PublishedLayout
}

export interface SectionData {
  /** The snapshot key of the room it stands in. */
  roomKey: string
  code: string
  name: string
  type: SectionType
  spacingInches: number
  layout: PublishedLayout
}

export interface PlannedRoom extends PlannedEntity<RoomData> {
  /** The Metrc location name a new room starts with (HIER5); kept as stored for others. */
  metrcLocationName: string
}

export interface RemovedEntity {
  id: string
  path: string
}

export interface PlannedRow {
  sectionKey: string
  number: number
}

export interface RemovedRow {
  id: string
  sectionId: string
  number: number
}

export interface PlannedPosition {
  sectionKey: string
  row: number
  column: number
  slot: number
  address: string
}

/** A surviving position whose address text changes; it keeps its id, row and cell. */
export interface ReaddressedPosition {
  id: string
  sectionKey: string
  from: string
  to: string
  plant: CurrentPlant | null
}

export interface RemovedPosition {
  id: string
  address: string
  plant: CurrentPlant | null
}

export interface BlockedRemoval {
  address: string
  plantId: string
  plantTag: string
}

export interface LayoutPlan {
  propertyCode: string
  /** In snapshot order; parents before children. */
  buildings: PlannedEntity<BuildingData>[]
  rooms: PlannedRoom[]
  sections: PlannedEntity<SectionData>[]
  removed: { buildings: RemovedEntity[]; rooms: RemovedEntity[]; sections: RemovedEntity[] }
  rows: { create: PlannedRow[]; remove: RemovedRow[] }
  positions: {
    create: PlannedPosition[]
    readdress: ReaddressedPosition[]
    remove: RemovedPosition[]
    unchanged: number
  }
  /** Removals of positions that hold a plant: a plan with any cannot be applied. */
  blocked: BlockedRemoval[]
}
