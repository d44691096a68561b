// What `scan.resolve` answers: everything the phone shows after a scan, as plain JSON.
import type {
  BatchStage,
  MoveReason,
  PlantStatus,
  PositionStatus,
  RoomType,
  SectionType,
} from '@growops/db'
import type { Occupancy } from '../positions/occupancy.ts'
import type { ScanTaskView } from '../tasks/scan-tasks.ts'

export interface ScanRoomRef {
  id: string
  code: string
  name: string
  type: RoomType
}

export interface ScanSectionRef {
  id: string
  code: string
  name: string
  type: SectionType
}

export interface ScanPlantSummary {
  id: string
  tagNumber: string
  status: PlantStatus
  harvestedAt: string | null
  batch: { id: string; name: string; strain: string; stage: BatchStage }
}

export interface ScanHistoryEntry {
  fromAddress: string | null
  toAddress: string | null
  movedAt: string
  reason: MoveReason | null
}

export interface ScanPositionView {
  id: string
  address: string
  /** Effective: an expired reservation reads EMPTY. */
  status: PositionStatus
  propertyId: string
  room: ScanRoomRef
  section: ScanSectionRef
  /** A dry-rack hanger (RACK or HANGER section): a harvested plant may hang here. */
  isHanger: boolean
}

/** Open tasks linked to a plant's position or batch (id, title, dueAt, status). */
export type ScanTask = ScanTaskView

export type ScanResolution =
  | {
      kind: 'plant'
      plant: ScanPlantSummary
      /** Where it is (null: not placed, or ended). */
      position: ScanPositionView | null
      /** The latest moves, newest first (at most 5). */
      history: ScanHistoryEntry[]
      openTasks: ScanTask[]
    }
  | {
      kind: 'position'
      position: ScanPositionView
      /** The plant there; null when empty or hidden (a STAFF member's unassigned batch). */
      plant: ScanPlantSummary | null
      plantHidden: boolean
    }
  | {
      kind: 'section'
      section: ScanSectionRef & { addressPrefix: string; propertyId: string; room: ScanRoomRef }
      occupancy: Occupancy
    }
  | {
      kind: 'room'
      room: ScanRoomRef & { addressPrefix: string; propertyId: string }
      sections: ScanSectionRef[]
      occupancy: Occupancy
    }
  | {
      kind: 'batch'
      batch: {
        id: string
        name: string
        strain: string
        stage: BatchStage
        propertyId: string
      }
      counts: { active: number; placed: number; harvested: number }
      wetGrams: number
    }
