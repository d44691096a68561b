// Who an announcement is for (COMM1, COMM2). Membership is organization-wide, so a property
// announcement reaches every member with a matching role; a property filter narrows lists.
import type { Role } from '../rbac/access.schema.ts'

export interface AnnouncementAudience {
  /** Null = the whole organization. */
  propertyId: string | null
  /** Empty = every role. */
  roles: readonly Role[]
  expiresAt: Date | null
}

/** Whether an announcement with `roles` addresses a member with `role` (COMM1). */
export function addressesRole(roles: readonly Role[], role: Role): boolean {
  return roles.length === 0 || roles.includes(role)
}

/** Whether the announcement is still shown at `now`: it expires at `expiresAt` (COMM2). */
export function isAnnouncementActive(announcement: { expiresAt: Date | null }, now: Date): boolean {
  return announcement.expiresAt === null || announcement.expiresAt.getTime() > now.getTime()
}

/**
 * Whether a member with `role`, looking at `propertyId` (or at everything when undefined),
 * sees the announcement at `now` (COMM1, COMM2): role matches, not expired, and organization-
 * wide or for that property.
 */
export function isInAudience(
  announcement: AnnouncementAudience,
  member: { role: Role; propertyId?: string },
  now: Date,
): boolean {
  if (!addressesRole(announcement.roles, member.role)) return false
  if (!isAnnouncementActive(announcement, now)) return false
  if (member.propertyId === undefined || announcement.propertyId === null) return true
  return announcement.propertyId === member.propertyId
}
