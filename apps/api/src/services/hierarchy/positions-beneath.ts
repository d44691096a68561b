// The positions beneath a hierarchy entity, as a SQL condition on "Position" (aliased pos),
// so that re-addressing, counting and deleting a whole branch are single statements.
import { Prisma } from '@growops/db'
import type { HierarchyEntityType } from '@growops/domain'

export interface Beneath {
  entityType: HierarchyEntityType
  id: string
}

/** `pos` rows beneath `entity`; every branch is reached through an indexed column. */
export function positionsBeneath(entity: Beneath): Prisma.Sql {
  switch (entity.entityType) {
    case 'Property':
      return Prisma.sql`pos."propertyId" = ${entity.id}`
    case 'Building':
      return Prisma.sql`pos."roomId" IN (SELECT id FROM "Room" WHERE "buildingId" = ${entity.id})`
    case 'Room':
      return Prisma.sql`pos."roomId" = ${entity.id}`
    case 'Section':
      return Prisma.sql`pos."sectionId" = ${entity.id}`
    case 'Row':
      return Prisma.sql`pos."rowId" = ${entity.id}`
  }
}
