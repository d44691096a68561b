// Builders of scans for the flow tests.
import type { FlowScan, PlantRef, PositionRef } from './flow-types.ts'

export const TAG_1 = '1A4FF0100000000000000001'
export const TAG_2 = '1A4FF0100000000000000002'

export function plant(tag: string, extra: Partial<PlantRef> = {}): PlantRef {
  return {
    tag,
    id: `plant-${tag}`,
    status: 'ACTIVE',
    batchId: 'batch-1',
    batchName: 'B-1',
    positionId: null,
    address: null,
    ...extra,
  }
}

export function position(address: string, extra: Partial<PositionRef> = {}): PositionRef {
  return { id: `pos-${address}`, address, plantTag: null, checked: true, ...extra }
}

export function plantScan(tag: string, extra: Partial<PlantRef> = {}): FlowScan {
  return { kind: 'plant', plant: plant(tag, extra) }
}

export function positionScan(address: string, extra: Partial<PositionRef> = {}): FlowScan {
  return { kind: 'position', position: position(address, extra), plant: null }
}
