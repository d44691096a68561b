// From what a label names to what the phone shows: one `scan.resolve` call answers the plant,
// position, section, room or batch with its details. Without a connection the scan is kept as
// read (tag, position id or address) and the flows go on with it; the offline queue resolves
// it when it sends the action.
import { readApiError } from '../../app/api-errors.ts'
import type { RouterOutputs, trpc } from '../../app/trpc.ts'
import { plantFromTag, type FlowScan, type PlantRef, type PositionRef } from './flows/flow-types.ts'
import type { ScanTarget } from './scan-target.ts'

export type ScanClient = ReturnType<typeof trpc.useUtils>['client']
type Resolution = RouterOutputs['scan']['resolve']
type PlantSummary = Extract<Resolution, { kind: 'plant' }>['plant']
type PositionView = Extract<Resolution, { kind: 'position' }>['position']

export interface PlantInfo extends PlantRef {
  strain: string | null
  stage: string | null
}

export interface ResolvedScan {
  flow: FlowScan
  /** What the api answered, for the lookup screen; null offline. */
  resolution: Resolution | null
  /** The room to open from the lookup screen. */
  roomId: string | null
  /** True when the api could not be reached: the scan is as read from the label. */
  offline: boolean
}

function plantInfo(plant: PlantSummary, position: PositionView | null): PlantInfo {
  return {
    tag: plant.tagNumber,
    id: plant.id,
    status: plant.status,
    batchId: plant.batch.id,
    batchName: plant.batch.name,
    positionId: position?.id ?? null,
    address: position?.address ?? null,
    strain: plant.batch.strain,
    stage: plant.batch.stage,
  }
}

function positionRef(position: PositionView, plantTag: string | null): PositionRef {
  return { id: position.id, address: position.address, plantTag, checked: true }
}

/** What the phone knows from the label alone. */
export function unresolvedScan(target: ScanTarget): ResolvedScan {
  const base = { resolution: null, roomId: null, offline: true }
  switch (target.kind) {
    case 'plant':
      return { ...base, flow: { kind: 'plant', plant: plantFromTag(target.tag) } }
    case 'position': {
      const position: PositionRef = {
        id: target.id,
        address: target.address,
        plantTag: null,
        checked: false,
      }
      return { ...base, flow: { kind: 'position', position, plant: null } }
    }
    case 'batch':
      return { ...base, flow: { kind: 'batch', batch: { id: target.id, name: null } } }
    case 'room':
      return { ...base, roomId: target.id, flow: { kind: 'other', label: target.id } }
    case 'section':
      return { ...base, flow: { kind: 'other', label: target.id } }
  }
}

/** The flows' view of an api answer. */
export function fromResolution(resolution: Resolution): ResolvedScan {
  const base = { resolution, offline: false }
  switch (resolution.kind) {
    case 'plant': {
      const plant = plantInfo(resolution.plant, resolution.position)
      return {
        ...base,
        roomId: resolution.position?.room.id ?? null,
        flow: { kind: 'plant', plant },
      }
    }
    case 'position': {
      const { position } = resolution
      const plant = resolution.plant ? plantInfo(resolution.plant, position) : null
      // A hidden plant still occupies the position: the flows must not offer it as empty.
      const occupant = plant?.tag ?? (resolution.plantHidden ? '—' : null)
      return {
        ...base,
        roomId: position.room.id,
        flow: { kind: 'position', position: positionRef(position, occupant), plant },
      }
    }
    case 'batch':
      return {
        ...base,
        roomId: null,
        flow: { kind: 'batch', batch: { id: resolution.batch.id, name: resolution.batch.name } },
      }
    case 'section':
      return {
        ...base,
        roomId: resolution.section.room.id,
        flow: { kind: 'other', label: resolution.section.addressPrefix },
      }
    case 'room':
      return {
        ...base,
        roomId: resolution.room.id,
        flow: { kind: 'other', label: resolution.room.addressPrefix },
      }
  }
}

/**
 * The scan as the api knows it; as read from the label when the api is unreachable. Refusals
 * (unknown tag, another organization's label …) are thrown for the page to show.
 */
export async function resolveScan(
  client: ScanClient,
  organizationId: string,
  text: string,
  target: ScanTarget,
): Promise<ResolvedScan> {
  try {
    return fromResolution(await client.scan.resolve.query({ organizationId, text }))
  } catch (error) {
    if (readApiError(error).unreachable) return unresolvedScan(target)
    throw error
  }
}
