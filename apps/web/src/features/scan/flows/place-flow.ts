// Quick place: scan a batch label, scan (or type) the first new plant tag, then scan positions
// one after another; each position gets a new plant of the batch with the next tag of the roll
// (the tag's trailing number counted up). Scanning a tag at any time sets the next tag. Pure:
// the page sends every entry in `new` status and reports back.
import { generateTagSequence } from '../../placement/tag-sequence.ts'
import {
  positionLabel,
  samePosition,
  type BatchRef,
  type FlowNotice,
  type FlowOutcome,
  type FlowScan,
  type PositionRef,
} from './flow-types.ts'

export type PlacementStatus = 'new' | 'sending' | 'applied' | 'queued' | 'conflict'

export interface PlacementEntry {
  key: number
  tag: string
  position: PositionRef
  status: PlacementStatus
  message: string | null
}

export interface PlaceState {
  batch: BatchRef | null
  nextTag: string | null
  /** A position scanned before a tag was known: placed as soon as a tag is. */
  waiting: PositionRef | null
  entries: PlacementEntry[]
  nextKey: number
  notice: FlowNotice | null
}

export type PlaceEvent =
  | { type: 'scan'; scan: FlowScan }
  | { type: 'sending'; key: number }
  | { type: 'submitted'; key: number; outcome: FlowOutcome }
  | { type: 'reset' }

export const initialPlaceState: PlaceState = {
  batch: null,
  nextTag: null,
  waiting: null,
  entries: [],
  nextKey: 1,
  notice: null,
}

function warn(key: string, values?: Record<string, string>): FlowNotice {
  return { key, values, tone: 'warning' }
}

/** The tag after `tag` on the roll, or null when it has no number to count up. */
export function followingTag(tag: string): string | null {
  const sequence = generateTagSequence(tag, 2)
  return sequence.ok ? (sequence.tags[1] ?? null) : null
}

function place(state: PlaceState, position: PositionRef, tag: string): PlaceState {
  const entry: PlacementEntry = { key: state.nextKey, tag, position, status: 'new', message: null }
  const nextTag = followingTag(tag)
  return {
    ...state,
    entries: [entry, ...state.entries],
    nextKey: state.nextKey + 1,
    nextTag,
    waiting: null,
    notice: nextTag === null ? warn('place.notice.scanNextTag', { tag }) : null,
  }
}

function onPosition(state: PlaceState, position: PositionRef): PlaceState {
  const label = positionLabel(position)
  if (!state.batch) return { ...state, notice: warn('place.notice.scanBatch') }
  if (position.plantTag !== null) {
    return {
      ...state,
      notice: warn('place.notice.occupied', { address: label, tag: position.plantTag }),
    }
  }
  const earlier = state.entries.find(
    (entry) => entry.status !== 'conflict' && samePosition(entry.position, position),
  )
  if (earlier) {
    return {
      ...state,
      notice: warn('place.notice.alreadyPlaced', { address: label, tag: earlier.tag }),
    }
  }
  if (state.nextTag === null)
    return { ...state, waiting: position, notice: warn('place.notice.needTag') }
  return place(state, position, state.nextTag)
}

function onTag(state: PlaceState, tag: string): PlaceState {
  if (!state.batch) return { ...state, notice: warn('place.notice.scanBatch') }
  if (state.entries.some((entry) => entry.tag === tag && entry.status !== 'conflict')) {
    return { ...state, notice: warn('place.notice.tagUsed', { tag }) }
  }
  if (state.waiting) return place(state, state.waiting, tag)
  return { ...state, nextTag: tag, notice: null }
}

function onScan(state: PlaceState, scan: FlowScan): PlaceState {
  switch (scan.kind) {
    case 'batch':
      // Another batch starts over; the same batch again keeps the tag roll going.
      if (state.batch?.id === scan.batch.id) return { ...state, batch: scan.batch, notice: null }
      return { ...initialPlaceState, nextKey: state.nextKey, batch: scan.batch }
    case 'plant':
      return onTag(state, scan.plant.tag)
    case 'position':
      return onPosition(state, scan.position)
    case 'other':
      return {
        ...state,
        notice: warn(state.batch ? 'place.notice.scanPosition' : 'place.notice.scanBatch'),
      }
  }
}

function updateEntry(state: PlaceState, key: number, change: Partial<PlacementEntry>): PlaceState {
  return {
    ...state,
    entries: state.entries.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)),
  }
}

/** The quick-place flow's state machine. */
export function placeReducer(state: PlaceState, event: PlaceEvent): PlaceState {
  switch (event.type) {
    case 'scan':
      return onScan(state, event.scan)
    case 'sending':
      return updateEntry(state, event.key, { status: 'sending' })
    case 'submitted': {
      const { outcome } = event
      if (outcome.status === 'conflict') {
        return updateEntry(state, event.key, { status: 'conflict', message: outcome.message })
      }
      return updateEntry(state, event.key, { status: outcome.status })
    }
    case 'reset':
      return { ...initialPlaceState, nextKey: state.nextKey }
  }
}
