// Who records their own time (LAB11). Every member with any access to labor clocks themselves
// in and out: READ roles (head grower, compliance manager, accountant) are employees too, and
// their reading of everyone's hours does not stop them recording their own.
import { accessLevel } from '../rbac/access.ts'
import type { Role } from '../rbac/access.schema.ts'

export function canClockOwnTime(role: Role): boolean {
  return accessLevel(role, 'LABOR') !== 'NONE'
}
