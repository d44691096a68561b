// The LayoutDiff a preview shows and a publish answers with, from a plan (LAYR6).
import type { LayoutDiff } from '../layout-snapshot.schema.ts'
import type { LayoutPlan, PlannedEntitySummary } from './layout-plan.ts'
import { isLayoutPlanEmpty } from './plan-layout-reconciliation.ts'

/** How many addresses each sample list of a diff holds at most. */
export const LAYOUT_DIFF_SAMPLE_LIMIT = 50

function createdPaths(entities: readonly PlannedEntitySummary[]): string[] {
  return entities.filter((entity) => entity.id === null).map((entity) => entity.path)
}

const MOVES: readonly PropertyKey[] = ['code', 'buildingKey', 'roomKey']

/** Entities whose own code or parent changed (not those carried along by an ancestor). */
function renamed(entities: readonly PlannedEntitySummary[]): { from: string; to: string }[] {
  return entities.flatMap((entity) =>
    entity.fromPath !== null &&
    entity.fromPath !== entity.path &&
    entity.changed.some((field) => MOVES.includes(field))
      ? [{ from: entity.fromPath, to: entity.path }]
      : [],
  )
}

/**
 * Counts, created/removed/renamed paths (dotted codes below the property), samples of at
 * most {@link LAYOUT_DIFF_SAMPLE_LIMIT} addresses each, and every blocked removal.
 */
export function layoutPlanDiff(plan: LayoutPlan): LayoutDiff {
  const { positions } = plan
  const sample = <T>(items: T[]) => items.slice(0, LAYOUT_DIFF_SAMPLE_LIMIT)
  return {
    positions: {
      create: positions.create.length,
      readdress: positions.readdress.length,
      remove: positions.remove.length,
      unchanged: positions.unchanged,
    },
    created: {
      buildings: createdPaths(plan.buildings),
      rooms: createdPaths(plan.rooms),
      sections: createdPaths(plan.sections),
    },
    removed: {
      buildings: plan.removed.buildings.map((entity) => entity.path),
      rooms: plan.removed.rooms.map((entity) => entity.path),
      sections: plan.removed.sections.map((entity) => entity.path),
    },
    renamed: [...renamed(plan.buildings), ...renamed(plan.rooms), ...renamed(plan.sections)],
    samples: {
      create: sample(positions.create).map((position) => position.address),
      readdress: sample(positions.readdress).map(({ from, to }) => ({ from, to })),
      remove: sample(positions.remove).map((position) => position.address),
    },
    blocked: plan.blocked,
    unchanged: isLayoutPlanEmpty(plan),
  }
}
