import { DomainError } from '../errors/domain-error.ts'
import type { AccessAction, AccessArea, AccessLevel, Role } from './access.schema.ts'

/**
 * Who may do what, per area: the seed's "Data Access Patterns" table, plus
 * LAYOUT (OWNER and HEAD_GROWER edit the canvas, everyone else views it).
 */
export const ACCESS_MATRIX: Readonly<Record<Role, Readonly<Record<AccessArea, AccessLevel>>>> = {
  OWNER: {
    CULTIVATION_OPS: 'FULL',
    COMPLIANCE: 'FULL',
    LABOR: 'FULL',
    INVENTORY: 'FULL',
    INTEGRATIONS: 'FULL',
    COMMS: 'FULL',
    LAYOUT: 'FULL',
  },
  COMPLIANCE_MANAGER: {
    CULTIVATION_OPS: 'READ',
    COMPLIANCE: 'FULL',
    LABOR: 'READ',
    INVENTORY: 'READ',
    INTEGRATIONS: 'READ',
    COMMS: 'FULL',
    LAYOUT: 'READ',
  },
  HEAD_GROWER: {
    CULTIVATION_OPS: 'FULL',
    COMPLIANCE: 'READ',
    LABOR: 'READ',
    INVENTORY: 'FULL',
    INTEGRATIONS: 'READ',
    COMMS: 'FULL',
    LAYOUT: 'FULL',
  },
  STAFF: {
    CULTIVATION_OPS: 'LIMITED',
    COMPLIANCE: 'NONE',
    LABOR: 'LIMITED',
    INVENTORY: 'READ',
    INTEGRATIONS: 'READ',
    COMMS: 'LIMITED',
    LAYOUT: 'READ',
  },
  ACCOUNTANT: {
    CULTIVATION_OPS: 'READ',
    COMPLIANCE: 'READ',
    LABOR: 'READ',
    INVENTORY: 'READ',
    INTEGRATIONS: 'NONE',
    COMMS: 'READ',
    LAYOUT: 'READ',
  },
}

/** Narrows an action to the caller's own records (STAFF: own tasks and time entries, assigned batches). */
export interface AccessScope {
  own?: boolean
}

/** The access level a role has on an area. */
export function accessLevel(role: Role, area: AccessArea): AccessLevel {
  return ACCESS_MATRIX[role][area]
}

/**
 * Whether `role` may `action` in `area`. FULL allows read and write; READ
 * allows read; LIMITED allows read and write only when `scope.own` is true;
 * NONE allows nothing.
 */
export function canPerform(
  role: Role,
  action: AccessAction,
  area: AccessArea,
  scope: AccessScope = {},
): boolean {
  switch (accessLevel(role, area)) {
    case 'FULL':
      return true
    case 'READ':
      return action === 'read'
    case 'LIMITED':
      return scope.own === true
    case 'NONE':
      return false
  }
}

/**
 * {@link canPerform}, throwing when it says no.
 *
 * @throws DomainError `AUTH.FORBIDDEN` with details role, action, area,
 *   accessLevel and own.
 */
export function assertCanPerform(
  role: Role,
  action: AccessAction,
  area: AccessArea,
  scope: AccessScope = {},
): void {
  if (canPerform(role, action, area, scope)) return
  const level = accessLevel(role, area)
  const limitedHint = level === 'LIMITED' ? ' (only their own records)' : ''
  throw new DomainError(
    'AUTH.FORBIDDEN',
    `${role} may not ${action} in ${area}: access is ${level}${limitedHint}.`,
    { role, action, area, accessLevel: level, own: scope.own === true },
  )
}
