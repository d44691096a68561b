// Harvest: scan a plant, enter its wet weight (unit remembered), optionally scan the dry-rack
// hanger it hangs on, confirm. Pure; the page submits when the state reaches `submitting`.
import {
  positionLabel,
  type FlowNotice,
  type FlowOutcome,
  type FlowScan,
  type PlantRef,
  type PositionRef,
} from './flow-types.ts'
import { parseWeightInput, type WeightUnitChoice } from './weight-input.ts'

export interface HarvestState {
  step: 'plant' | 'weight' | 'submitting' | 'done'
  plant: PlantRef | null
  /** The weight as typed. */
  weight: string
  unit: WeightUnitChoice
  hanger: PositionRef | null
  notice: FlowNotice | null
  outcome: FlowOutcome | null
}

export type HarvestEvent =
  | { type: 'scan'; scan: FlowScan }
  | { type: 'setWeight'; weight: string }
  | { type: 'setUnit'; unit: WeightUnitChoice }
  | { type: 'clearHanger' }
  | { type: 'confirm' }
  | { type: 'submitted'; outcome: FlowOutcome }
  | { type: 'reset' }

export function initialHarvestState(unit: WeightUnitChoice): HarvestState {
  return { step: 'plant', plant: null, weight: '', unit, hanger: null, notice: null, outcome: null }
}

function warn(key: string, values?: Record<string, string>): FlowNotice {
  return { key, values, tone: 'warning' }
}

function choosePlant(state: HarvestState, plant: PlantRef): HarvestState {
  if (plant.status === 'HARVESTED') {
    return { ...state, notice: warn('harvest.notice.alreadyHarvested', { tag: plant.tag }) }
  }
  if (plant.status !== null && plant.status !== 'ACTIVE') {
    return { ...state, notice: warn('harvest.notice.notActive', { tag: plant.tag }) }
  }
  return { ...initialHarvestState(state.unit), step: 'weight', plant }
}

function onScan(state: HarvestState, scan: FlowScan): HarvestState {
  if (state.step === 'submitting') return state
  if (scan.kind === 'plant') return choosePlant(state, scan.plant)
  if (scan.kind === 'position') {
    if (state.step === 'weight') {
      // A position scanned after the plant is the hanger it goes to (HARV5).
      const label = positionLabel(scan.position)
      if (scan.position.plantTag !== null) {
        return {
          ...state,
          notice: warn('harvest.notice.hangerTaken', {
            address: label,
            tag: scan.position.plantTag,
          }),
        }
      }
      return { ...state, hanger: scan.position, notice: null }
    }
    if (scan.plant) return choosePlant(state, scan.plant)
    return { ...state, notice: warn('harvest.notice.scanPlant') }
  }
  return { ...state, notice: warn('harvest.notice.scanPlant') }
}

/** The weight to send, or null while the typed weight is not a positive number. */
export function harvestWeight(state: HarvestState): number | null {
  return parseWeightInput(state.weight)
}

/** The harvest flow's state machine. */
export function harvestReducer(state: HarvestState, event: HarvestEvent): HarvestState {
  switch (event.type) {
    case 'scan':
      return onScan(state, event.scan)
    case 'setWeight':
      return { ...state, weight: event.weight, notice: null }
    case 'setUnit':
      return { ...state, unit: event.unit }
    case 'clearHanger':
      return { ...state, hanger: null }
    case 'confirm':
      if (state.step !== 'weight') return state
      if (harvestWeight(state) === null)
        return { ...state, notice: warn('harvest.notice.weightInvalid') }
      return { ...state, step: 'submitting', notice: null, outcome: null }
    case 'submitted':
      if (state.step !== 'submitting') return state
      if (event.outcome.status === 'conflict')
        return { ...state, step: 'weight', outcome: event.outcome }
      return { ...state, step: 'done', outcome: event.outcome }
    case 'reset':
      return initialHarvestState(state.unit)
  }
}
