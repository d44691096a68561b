// From what a label names to what the phone shows: asks the api for the plant, position or
// batch. Without a connection the scan is kept as read (tag, position id or address) and the
// flows go on with it; the offline queue resolves it when it sends the action.
import { encodeQrPayload } from '@growops/domain'
import { readApiError } from '../../app/api-errors.ts'
import type { trpc } from '../../app/trpc.ts'
import { plantFromTag, type FlowScan, type PlantRef, type PositionRef } from './flows/flow-types.ts'
import type { ScanTarget } from './scan-target.ts'

export type ScanClient = ReturnType<typeof trpc.useUtils>['client']

export interface PlantInfo extends PlantRef {
  strain: string | null
  stage: string | null
  roomId: string | null
}

export interface ResolvedScan {
  flow: FlowScan
  /** Details for the lookup screen (null when not a plant / not checked). */
  plant: PlantInfo | null
  position: (PositionRef & { status: string | null; roomId: string | null }) | null
  batch: { id: string; name: string | null; strain: string | null; stage: string | null } | null
  roomId: string | null
  /** True when the api could not be reached: the scan is as read from the label. */
  offline: boolean
}

interface PlantViewLike {
  id: string
  tagNumber: string
  status: string
  batchId: string
  batchName: string
  strain: string
  stage: string
  positionId: string | null
  address: string | null
  roomId: string | null
}

function plantInfo(view: PlantViewLike): PlantInfo {
  return {
    tag: view.tagNumber,
    id: view.id,
    status: view.status,
    batchId: view.batchId,
    batchName: view.batchName,
    positionId: view.positionId,
    address: view.address,
    strain: view.strain,
    stage: view.stage,
    roomId: view.roomId,
  }
}

/** What the phone knows from the label alone. */
export function unresolvedScan(target: ScanTarget): ResolvedScan {
  const base = { plant: null, position: null, batch: null, roomId: null, offline: true }
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

async function positionAddress(client: ScanClient, organizationId: string, id: string) {
  const code = encodeQrPayload({ kind: 'a', id }, '')
  const label = await client.label.resolve.query({ organizationId, code })
  return label.kind === 'b' ? '' : (label.address ?? '')
}

async function resolveOnline(
  client: ScanClient,
  organizationId: string,
  target: ScanTarget,
): Promise<ResolvedScan | null> {
  const base = { plant: null, position: null, batch: null, roomId: null, offline: false }
  if (target.kind === 'plant') {
    const plant = plantInfo(
      await client.plant.byTag.query({ organizationId, tagNumber: target.tag }),
    )
    return { ...base, plant, roomId: plant.roomId, flow: { kind: 'plant', plant } }
  }
  if (target.kind === 'section' || target.kind === 'room') {
    const code = encodeQrPayload({ kind: target.kind === 'room' ? 'r' : 's', id: target.id }, '')
    const label = await client.label.resolve.query({ organizationId, code })
    const roomId = 'roomId' in label ? label.roomId : null
    return {
      ...base,
      roomId,
      flow: { kind: 'other', label: label.kind === 'b' ? label.name : (label.address ?? '') },
    }
  }
  if (target.kind === 'position') {
    // A position label carries its id: its address comes from the label api first.
    const address =
      target.address ?? (await positionAddress(client, organizationId, target.id ?? ''))
    const found = await client.plant.byAddress.query({ organizationId, address })
    const plant = found.plant ? plantInfo(found.plant) : null
    const position = {
      id: found.position.id,
      address: found.position.address,
      plantTag: plant?.tag ?? null,
      checked: true,
      status: found.position.status,
      roomId: found.position.roomId,
    }
    return {
      ...base,
      plant,
      position,
      roomId: position.roomId,
      flow: { kind: 'position', position, plant },
    }
  }
  if (target.kind === 'batch') {
    const batch = await client.batch.get.query({ organizationId, batchId: target.id })
    const info = { id: batch.id, name: batch.name, strain: batch.strain, stage: batch.stage }
    return {
      ...base,
      batch: info,
      flow: { kind: 'batch', batch: { id: batch.id, name: batch.name } },
    }
  }
  return null
}

/**
 * The scan as the api knows it; as read from the label when the api is unreachable. Refusals
 * (unknown tag, another organization's label …) are thrown for the page to show.
 */
export async function resolveScan(
  client: ScanClient,
  organizationId: string,
  target: ScanTarget,
): Promise<ResolvedScan> {
  try {
    const resolved = await resolveOnline(client, organizationId, target)
    return resolved ?? { ...unresolvedScan(target), offline: false }
  } catch (error) {
    if (readApiError(error).unreachable) return unresolvedScan(target)
    throw error
  }
}
