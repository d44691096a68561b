// Move: scan a plant, scan where it goes, confirm. Pure: the page submits the action when the
// state reaches `submitting` and reports back with `submitted`.
import {
  positionLabel,
  samePosition,
  type FlowNotice,
  type FlowOutcome,
  type FlowScan,
  type PlantRef,
  type PositionRef,
} from './flow-types.ts'

export type MoveReason = 'TRANSPLANT' | 'REORGANIZE'

export interface MoveState {
  step: 'plant' | 'destination' | 'confirm' | 'submitting' | 'done'
  plant: PlantRef | null
  destination: PositionRef | null
  reason: MoveReason
  notice: FlowNotice | null
  outcome: FlowOutcome | null
}

export type MoveEvent =
  | { type: 'scan'; scan: FlowScan }
  | { type: 'setReason'; reason: MoveReason }
  | { type: 'confirm' }
  | { type: 'submitted'; outcome: FlowOutcome }
  | { type: 'back' }
  | { type: 'reset' }

export const initialMoveState: MoveState = {
  step: 'plant',
  plant: null,
  destination: null,
  reason: 'TRANSPLANT',
  notice: null,
  outcome: null,
}

function warn(key: string, values?: Record<string, string>): FlowNotice {
  return { key, values, tone: 'warning' }
}

/**
 * A plant the flow may move, or the reason it may not. A harvested plant moves only between
 * dry-rack hangers (the api checks the destination): said before the destination is scanned.
 */
function choosePlant(state: MoveState, plant: PlantRef): MoveState {
  const harvested = plant.status === 'HARVESTED'
  if (plant.status !== null && plant.status !== 'ACTIVE' && !harvested) {
    return { ...state, notice: warn('move.notice.notActive', { tag: plant.tag }) }
  }
  return {
    ...initialMoveState,
    reason: state.reason,
    step: 'destination',
    plant,
    notice: harvested
      ? { key: 'move.notice.hangersOnly', values: { tag: plant.tag }, tone: 'info' }
      : null,
  }
}

function chooseDestination(state: MoveState, plant: PlantRef, position: PositionRef): MoveState {
  const label = positionLabel(position)
  if (plant.positionId !== null || plant.address !== null) {
    if (samePosition(position, { id: plant.positionId, address: plant.address })) {
      return {
        ...state,
        notice: warn('move.notice.alreadyThere', { tag: plant.tag, address: label }),
      }
    }
  }
  if (position.plantTag !== null && position.plantTag !== plant.tag) {
    return {
      ...state,
      notice: warn('move.notice.occupied', { address: label, tag: position.plantTag }),
    }
  }
  return { ...state, step: 'confirm', destination: position, notice: null }
}

function onScan(state: MoveState, scan: FlowScan): MoveState {
  if (state.step === 'submitting') return state
  const wantsPlant = state.step === 'plant' || state.step === 'done'
  if (scan.kind === 'plant') {
    // A plant scanned later replaces the one chosen: people scan the wrong one and try again.
    return choosePlant(state, scan.plant)
  }
  if (scan.kind === 'position') {
    if (wantsPlant) {
      // A position label picks the plant in it, so a plant without a tag label can be moved.
      if (scan.plant) return choosePlant(state, scan.plant)
      return {
        ...state,
        notice: warn('move.notice.positionEmpty', { address: positionLabel(scan.position) }),
      }
    }
    if (!state.plant) return state
    return chooseDestination(state, state.plant, scan.position)
  }
  return {
    ...state,
    notice: warn(wantsPlant ? 'move.notice.scanPlant' : 'move.notice.scanPosition'),
  }
}

/** The move flow's state machine. */
export function moveReducer(state: MoveState, event: MoveEvent): MoveState {
  switch (event.type) {
    case 'scan':
      return onScan(state, event.scan)
    case 'setReason':
      return { ...state, reason: event.reason }
    case 'confirm':
      return state.step === 'confirm' ? { ...state, step: 'submitting', notice: null } : state
    case 'submitted':
      if (state.step !== 'submitting') return state
      if (event.outcome.status === 'conflict') {
        // Back to confirm: the person can scan another destination or try again.
        return { ...state, step: 'confirm', outcome: event.outcome }
      }
      return { ...state, step: 'done', outcome: event.outcome }
    case 'back':
      if (state.step === 'confirm')
        return { ...state, step: 'destination', destination: null, outcome: null }
      if (state.step === 'destination') return { ...initialMoveState, reason: state.reason }
      return state
    case 'reset':
      return { ...initialMoveState, reason: state.reason }
  }
}
