// What the scan flows know about the things scanned. Online, the api's answer fills in ids and
// details; offline a scan is kept as read from the label (a tag, a position id or address) and
// the offline queue resolves it when it sends the action.

/** A plant: always its tag; the rest once the api has answered. */
export interface PlantRef {
  tag: string
  id: string | null
  /** ACTIVE, HARVESTED …; null when not checked (offline). */
  status: string | null
  batchId: string | null
  batchName: string | null
  positionId: string | null
  address: string | null
}

/** A position: its id (from a label) or its address (typed), or both once resolved. */
export interface PositionRef {
  id: string | null
  address: string | null
  /** The tag of the plant in it; null when empty or not checked. */
  plantTag: string | null
  /** Whether the api confirmed the details (false offline). */
  checked: boolean
}

export interface BatchRef {
  id: string
  name: string | null
}

/** A scan as the flows see it. */
export type FlowScan =
  | { kind: 'plant'; plant: PlantRef }
  | { kind: 'position'; position: PositionRef; plant: PlantRef | null }
  | { kind: 'batch'; batch: BatchRef }
  | { kind: 'other'; label: string }

/** A message for the person, as a translation key under `scan.` and its values. */
export interface FlowNotice {
  key: string
  values?: Record<string, string>
  tone: 'info' | 'warning'
}

/** How the offline queue answered an action. */
export type FlowOutcome =
  { status: 'applied' } | { status: 'queued' } | { status: 'conflict'; message: string }

/** A position's address, or its id when only the label was read. */
export function positionLabel(position: PositionRef): string {
  return position.address ?? position.id ?? ''
}

/** A plant known by tag alone (offline, or before the api answered). */
export function plantFromTag(tag: string): PlantRef {
  return {
    tag,
    id: null,
    status: null,
    batchId: null,
    batchName: null,
    positionId: null,
    address: null,
  }
}

/** Whether the ref names the same position (by id when both have one, else by address). */
export function samePosition(a: PositionRef, b: { id: string | null; address: string | null }) {
  if (a.id !== null && b.id !== null) return a.id === b.id
  return a.address !== null && a.address === b.address
}
