// Label items from the label api's answers: positions (of a room or section), the room and
// section labels themselves, a batch and its plants, or chosen plants.
import type { RouterOutputs } from '../../app/trpc.ts'
import type { LabelItem } from './print-layout.ts'

export type PositionLabels = RouterOutputs['label']['forRoom']
export type BatchLabels = RouterOutputs['label']['forBatch']
export type PlantLabels = RouterOutputs['label']['forPlants']

export interface PositionLabelOptions {
  /** Add the room's own label and each section's label before its positions. */
  withContainers: boolean
}

/** Position labels in grid order; titled with the room and section names. */
export function positionLabelItems(
  data: PositionLabels,
  options: PositionLabelOptions,
): LabelItem[] {
  const items: LabelItem[] = []
  if (options.withContainers) {
    items.push({
      key: `r:${data.room.id}`,
      payload: data.room.payload,
      code: data.room.address,
      title: data.room.name,
      detail: null,
    })
  }
  for (const section of data.sections) {
    if (options.withContainers) {
      items.push({
        key: `s:${section.id}`,
        payload: section.payload,
        code: section.address,
        title: `${data.room.name} · ${section.name}`,
        detail: null,
      })
    }
    for (const position of data.positions) {
      if (position.sectionId !== section.id) continue
      items.push({
        key: `a:${position.id}`,
        payload: position.payload,
        code: position.address,
        title: `${data.room.name} · ${section.name}`,
        detail: null,
      })
    }
  }
  return items
}

function plantItem(plant: PlantLabels['plants'][number]): LabelItem {
  return {
    key: `p:${plant.id}`,
    payload: plant.payload,
    code: plant.tag,
    title: `${plant.batchName} · ${plant.strain}`,
    detail: plant.address,
  }
}

/** The batch's label (optional) then one label per plant. */
export function batchLabelItems(data: BatchLabels, withBatch: boolean): LabelItem[] {
  const batch: LabelItem = {
    key: `b:${data.batch.id}`,
    payload: data.batch.payload,
    code: data.batch.name,
    title: data.batch.strain,
    detail: null,
  }
  return [...(withBatch ? [batch] : []), ...data.plants.map(plantItem)]
}

export function plantLabelItems(data: PlantLabels): LabelItem[] {
  return data.plants.map(plantItem)
}
