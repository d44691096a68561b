export {
  readStoredLayout,
  storedLayoutOf,
  sameStoredLayout,
  hierarchyForLayoutOf,
  type PublishedLayout,
  type CurrentPlant,
  type CurrentPosition,
  type CurrentRow,
  type CurrentSection,
  type CurrentRoom,
  type CurrentBuilding,
  type CurrentHierarchy,
} from './current-hierarchy.ts'
export type {
  LayoutPlan,
  PlannedEntity,
  PlannedEntitySummary,
  PlannedRoom,
  BuildingData,
  RoomData,
  SectionData,
  RemovedEntity,
  PlannedRow,
  RemovedRow,
  PlannedPosition,
  ReaddressedPosition,
  RemovedPosition,
  BlockedRemoval,
} from './layout-plan.ts'
export { planLayoutReconciliation, isLayoutPlanEmpty } from './plan-layout-reconciliation.ts'
export { layoutPlanDiff, LAYOUT_DIFF_SAMPLE_LIMIT } from './layout-plan-diff.ts'
export { applyLayoutPlanInMemory } from './apply-plan-in-memory.ts'
