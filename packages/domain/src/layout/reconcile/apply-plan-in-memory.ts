// The stored hierarchy a plan leaves behind, computed in memory: the reference the api's
// transaction is held to, and what the planner's property tests publish against.
import type {
  CurrentBuilding,
  CurrentHierarchy,
  CurrentPosition,
  CurrentRoom,
  CurrentSection,
} from './current-hierarchy.ts'
import type { LayoutPlan } from './layout-plan.ts'

/**
 * Applies `plan` to `current` without touching it. New rows get ids from `newId`.
 * Plants stay on their positions (a re-addressed plant moves with its position).
 */
export function applyLayoutPlanInMemory(
  current: CurrentHierarchy,
  plan: LayoutPlan,
  newId: () => string,
): CurrentHierarchy {
  const oldSections = new Map<string, CurrentSection>()
  const oldRooms = new Map<string, CurrentRoom>()
  const oldBuildings = new Map<string, CurrentBuilding>()
  for (const building of current.buildings) {
    oldBuildings.set(building.id, building)
    for (const room of building.rooms) {
      oldRooms.set(room.id, room)
      for (const section of room.sections) oldSections.set(section.id, section)
    }
  }
  const removedPositions = new Set(plan.positions.remove.map((p) => p.id))
  const removedRows = new Set(plan.rows.remove.map((r) => r.id))
  const readdressed = new Map(plan.positions.readdress.map((p) => [p.id, p.to]))

  const sectionsOfRoom = new Map<string, CurrentSection[]>()
  for (const planned of plan.sections) {
    const old = planned.id === null ? undefined : oldSections.get(planned.id)
    const positions: CurrentPosition[] = (old?.positions ?? [])
      .filter((p) => !removedPositions.has(p.id))
      .map((p) => ({ ...p, address: readdressed.get(p.id) ?? p.address }))
    for (const created of plan.positions.create) {
      if (created.sectionKey !== planned.key) continue
      const { row, column, slot, address } = created
      positions.push({ id: newId(), row, column, slot, address, plant: null })
    }
    const rows = (old?.rows ?? []).filter((r) => !removedRows.has(r.id))
    for (const created of plan.rows.create) {
      if (created.sectionKey === planned.key) rows.push({ id: newId(), number: created.number })
    }
    const { code, name, type, spacingInches, layout } = planned.data
    const section = { id: planned.id ?? newId(), code, name, type, spacingInches, layout }
    const list = sectionsOfRoom.get(planned.data.roomKey) ?? []
    list.push({ ...section, rows, positions })
    sectionsOfRoom.set(planned.data.roomKey, list)
  }
  const roomsOfBuilding = new Map<string, CurrentRoom[]>()
  for (const planned of plan.rooms) {
    const { code, name, type, layout } = planned.data
    const room = { id: planned.id ?? newId(), code, name, type, layout }
    const list = roomsOfBuilding.get(planned.data.buildingKey) ?? []
    list.push({ ...room, sections: sectionsOfRoom.get(planned.key) ?? [] })
    roomsOfBuilding.set(planned.data.buildingKey, list)
  }
  return {
    propertyCode: plan.propertyCode,
    buildings: plan.buildings.map((planned) => {
      const { code, name, type, layout } = planned.data
      const id = planned.id ?? newId()
      return { id, code, name, type, layout, rooms: roomsOfBuilding.get(planned.key) ?? [] }
    }),
  }
}
