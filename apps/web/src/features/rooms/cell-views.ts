// Turns a room's positions into what RoomGrid draws: a tone, a symbol and an accessible
// name per position, for the chosen colouring, plus the legend that explains it.
import type { GridLegendItem, RoomGridCell } from '@growops/ui'
import type { TFunction } from 'i18next'
import { translateKey } from '../../app/translate-key.ts'
import type { ColourMode, PositionStatus, RoomPosition, RoomSection } from './room-types.ts'

const STATUS_TONE: Record<PositionStatus, string> = {
  EMPTY: 'empty',
  OCCUPIED: 'occupied',
  RESERVED: 'reserved',
  DAMAGED: 'damaged',
}
const STATUSES = Object.keys(STATUS_TONE) as PositionStatus[]

/** Fixed tones per stage, so a stage keeps its colour from room to room. */
const STAGE_TONES: Record<string, string> = {
  PROPAGATION: 'c3',
  VEGETATIVE: 'c5',
  FLOWERING: 'c2',
  HARVESTED: 'c1',
  DRYING: 'c6',
  CURING: 'c7',
  FINISHED: 'c0',
  DESTROYED: 'c4',
}
export const STAGES = Object.keys(STAGE_TONES)

export interface RoomCellViews {
  cellsBySection: Map<string, RoomGridCell[]>
  legend: GridLegendItem[]
}

/** A, B, … Z, AA, AB …: a batch's letter from its place in the room's batch list. */
export function batchLetter(index: number): string {
  let n = index
  let letters = ''
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return letters
}

/** `R3 C5` on tables, `L2 H5` on racks, with `P2` when a position has several slots. */
export function cellName(form: RoomSection['form'], position: RoomPosition, slots: number): string {
  const [r, c] = form === 'rack' ? ['L', 'H'] : ['R', 'C']
  const base = `${r}${position.row} ${c}${position.column}`
  return slots > 1 ? `${base} P${position.slot}` : base
}

interface BatchKey {
  id: string
  name: string
}

/** The batches present in the room, ordered by name, each with its letter and tone. */
export function roomBatches(positions: readonly RoomPosition[]): (BatchKey & { index: number })[] {
  const byId = new Map<string, string>()
  for (const position of positions) {
    if (position.plant) byId.set(position.plant.batchId, position.plant.batchName)
  }
  return [...byId]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((batch, index) => ({ ...batch, index }))
}

function describe(
  t: TFunction,
  name: string,
  position: RoomPosition,
  batchNames: Map<string, string>,
) {
  const plant = position.plant
  if (plant) {
    return t('rooms.cell.occupied', {
      name,
      tag: plant.tagNumber,
      batch: plant.batchName,
      stage: translateKey(t, `rooms.stages.${plant.stage}`, { defaultValue: plant.stage }),
    })
  }
  if (position.status === 'RESERVED') {
    const batch = position.reservedForBatchId ? batchNames.get(position.reservedForBatchId) : null
    return batch ? t('rooms.cell.reservedFor', { name, batch }) : t('rooms.cell.reserved', { name })
  }
  if (position.status === 'DAMAGED') return t('rooms.cell.damaged', { name })
  // A plant whose batch the person may not see (STAFF: batches not assigned to them).
  if (position.status === 'OCCUPIED') return t('rooms.cell.occupiedHidden', { name })
  return t('rooms.cell.empty', { name })
}

export function buildCellViews(
  t: TFunction,
  sections: readonly RoomSection[],
  positions: readonly RoomPosition[],
  mode: ColourMode,
  /** Names of batches positions may be reserved for (from batch.list), by id. */
  batchNames: Map<string, string> = new Map(),
): RoomCellViews {
  const formBySection = new Map(sections.map((section) => [section.id, section.form]))
  const slotsBySection = new Map<string, number>()
  for (const position of positions) {
    slotsBySection.set(
      position.sectionId,
      Math.max(slotsBySection.get(position.sectionId) ?? 1, position.slot),
    )
  }
  const batches = roomBatches(positions)
  const batchIndex = new Map(batches.map((batch) => [batch.id, batch.index]))
  const names = new Map(batchNames)
  for (const batch of batches) names.set(batch.id, batch.name)

  const statusSymbol = (status: PositionStatus) =>
    status === 'EMPTY' ? '' : translateKey(t, `rooms.status.symbol.${status}`)

  const cellsBySection = new Map<string, RoomGridCell[]>()
  const counts = new Map<string, number>()
  for (const position of positions) {
    const form = formBySection.get(position.sectionId) ?? 'table'
    const name = cellName(form, position, slotsBySection.get(position.sectionId) ?? 1)
    let tone = STATUS_TONE[position.status]
    let symbol = statusSymbol(position.status)
    let legendKey = `status:${position.status}`
    const plant = position.plant
    if (plant && mode === 'batch') {
      const index = batchIndex.get(plant.batchId) ?? 0
      tone = `c${index % 8}`
      symbol = batchLetter(index)
      legendKey = `batch:${plant.batchId}`
    } else if (plant && mode === 'stage') {
      tone = STAGE_TONES[plant.stage] ?? 'occupied'
      symbol = translateKey(t, `rooms.stages.symbol.${plant.stage}`, {
        defaultValue: plant.stage.charAt(0),
      })
      legendKey = `stage:${plant.stage}`
    }
    counts.set(legendKey, (counts.get(legendKey) ?? 0) + 1)
    const cell: RoomGridCell = {
      id: position.id,
      row: position.row,
      column: position.column,
      slot: position.slot,
      label: describe(t, name, position, names),
      tone,
      symbol,
    }
    const list = cellsBySection.get(position.sectionId)
    if (list) list.push(cell)
    else cellsBySection.set(position.sectionId, [cell])
  }

  const legend: GridLegendItem[] = []
  if (mode === 'batch') {
    for (const batch of batches) {
      legend.push({
        tone: `c${batch.index % 8}`,
        symbol: batchLetter(batch.index),
        label: batch.name,
        count: counts.get(`batch:${batch.id}`) ?? 0,
      })
    }
  } else if (mode === 'stage') {
    for (const stage of STAGES) {
      const count = counts.get(`stage:${stage}`)
      if (!count) continue
      legend.push({
        tone: STAGE_TONES[stage] ?? 'occupied',
        symbol: translateKey(t, `rooms.stages.symbol.${stage}`, { defaultValue: stage.charAt(0) }),
        label: translateKey(t, `rooms.stages.${stage}`, { defaultValue: stage }),
        count,
      })
    }
  }
  for (const status of STATUSES) {
    // In batch and stage colouring, occupied positions are already explained above.
    if (mode !== 'status' && status === 'OCCUPIED') continue
    legend.push({
      tone: STATUS_TONE[status],
      symbol: statusSymbol(status),
      label: translateKey(t, `rooms.status.${status}`),
      count: counts.get(`status:${status}`) ?? 0,
    })
  }
  return { cellsBySection, legend }
}
