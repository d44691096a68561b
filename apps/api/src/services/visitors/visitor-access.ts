// Who may do what with visitors (VIS12): visitor management is COMPLIANCE (OWNER and
// COMPLIANCE_MANAGER change, HEAD_GROWER and ACCOUNTANT read), except that every member may
// pre-register a visit they host, see who is on site (evacuation) and check a visitor out.
import type { PrismaClient, Role, TransactionClient } from '@growops/db'
import { canPerform, DomainError } from '@growops/domain'

/** A member of the organization the call is about (memberProcedure's ctx.member, or an Actor). */
export interface VisitorMember {
  userId: string
  organizationId: string
  role: Role
}

/** Reads every visit of the organization (COMPLIANCE read). */
export function readsVisitorLog(member: VisitorMember): boolean {
  return canPerform(member.role, 'read', 'COMPLIANCE')
}

/** Manages zones, kiosks and every visit (COMPLIANCE write). */
export function managesVisitors(member: VisitorMember): boolean {
  return canPerform(member.role, 'write', 'COMPLIANCE')
}

/** Refuses a change to a visit by someone who neither manages visitors nor hosts it. */
export function assertMayHandleVisit(member: VisitorMember, visit: { hostId: string }): void {
  if (managesVisitors(member) || visit.hostId === member.userId) return
  throw new DomainError(
    'AUTH.FORBIDDEN',
    'Only the host or a compliance manager may do this for a visit.',
    { area: 'COMPLIANCE', action: 'write', role: member.role },
  )
}

export function visitNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', 'No such visit in this organization.', {
    entity: 'Visit',
    id,
  })
}

/** The property when it is the member's organization's; NOT_FOUND otherwise. */
export async function loadVisitorProperty(
  db: PrismaClient | TransactionClient,
  member: VisitorMember,
  propertyId: string,
): Promise<{ id: string; code: string; name: string }> {
  const property = await db.property.findFirst({
    where: { id: propertyId, organizationId: member.organizationId },
    select: { id: true, code: true, name: true },
  })
  if (!property) {
    throw new DomainError('NOT_FOUND', 'No such property in this organization.', {
      entity: 'Property',
      id: propertyId,
    })
  }
  return property
}

/** The host when they are a member of the organization; VALIDATION.FAILED (`hostId`) otherwise. */
export async function assertHostIsMember(
  db: PrismaClient | TransactionClient,
  organizationId: string,
  hostId: string,
): Promise<{ id: string; name: string }> {
  const membership = await db.membership.findUnique({
    where: { userId_organizationId: { userId: hostId, organizationId } },
    select: { user: { select: { id: true, name: true } } },
  })
  if (!membership) {
    throw new DomainError('VALIDATION.FAILED', 'The host must be a member of this organization.', {
      field: 'hostId',
    })
  }
  return membership.user
}

/** Zones of the property with these ids; VALIDATION.FAILED naming `zoneIds` when one is not. */
export async function loadPropertyZones(
  db: PrismaClient | TransactionClient,
  propertyId: string,
  zoneIds: readonly string[],
): Promise<{ id: string; code: string; name: string; capacity: number | null }[]> {
  const zones = await db.accessZone.findMany({
    where: { id: { in: [...zoneIds] }, propertyId },
    select: { id: true, code: true, name: true, capacity: true },
  })
  if (zones.length !== new Set(zoneIds).size) {
    throw new DomainError('VALIDATION.FAILED', 'A chosen zone is not a zone of this property.', {
      field: 'zoneIds',
    })
  }
  // In the order given: the first is where a visitor starts.
  return zoneIds.flatMap((id) => zones.filter((zone) => zone.id === id))
}
