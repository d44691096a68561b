// Who is acting, in which organization, with which access to the area being used. Every
// service that reads or changes organization data takes an Actor and scopes its queries
// by `organizationId`; LIMITED access is further narrowed by the service (e.g. STAFF sees
// only batches assigned to them).
import type { PrismaClient, Role } from '@growops/db'
import {
  accessLevel,
  DomainError,
  type AccessAction,
  type AccessArea,
  type AccessLevel,
} from '@growops/domain'

export interface Actor {
  userId: string
  organizationId: string
  role: Role
  /** The role's access to the area the procedure belongs to. */
  level: Exclude<AccessLevel, 'NONE'>
}

/** The caller's role in an organization; AUTH.FORBIDDEN when not a member. */
export async function loadMembershipRole(
  prisma: PrismaClient,
  userId: string,
  organizationId: string,
): Promise<Role> {
  const membership = await prisma.membership.findUnique({
    where: { userId_organizationId: { userId, organizationId } },
    select: { role: true },
  })
  if (!membership) {
    throw new DomainError('AUTH.FORBIDDEN', 'You are not a member of this organization.')
  }
  return membership.role
}

/** Decides whether a role may use an area for an action; LIMITED passes and is narrowed later. */
export function actorFor(
  member: { userId: string; organizationId: string; role: Role },
  area: AccessArea,
  action: AccessAction,
): Actor {
  const level = accessLevel(member.role, area)
  if (level === 'NONE' || (level === 'READ' && action === 'write')) {
    throw new DomainError(
      'AUTH.FORBIDDEN',
      `Your role may not ${action === 'write' ? 'change' : 'see'} this.`,
      {
        area,
        action,
        role: member.role,
      },
    )
  }
  return { ...member, level }
}
