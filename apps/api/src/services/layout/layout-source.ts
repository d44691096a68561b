// layout.source: the stored hierarchy as a LayoutSnapshot, for importing a facility that
// was built outside the canvas (or before it) onto an empty canvas (LAYC8, LAYR7).
import type { PrismaClient } from '@growops/db'
import { hierarchyForLayoutOf, hierarchyToSnapshot, type LayoutSnapshot } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { findLayoutProperty } from './layout-property.ts'
import { loadCurrentHierarchy } from './load-current-hierarchy.ts'

export async function layoutSource(
  prisma: PrismaClient,
  actor: Actor,
  propertyId: string,
): Promise<LayoutSnapshot> {
  const property = await findLayoutProperty(prisma, actor, propertyId)
  const current = await loadCurrentHierarchy(prisma, property)
  return hierarchyToSnapshot(hierarchyForLayoutOf(current))
}
