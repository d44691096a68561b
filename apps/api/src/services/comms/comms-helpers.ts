// Small pieces the announcement and shift-note services share.
import type { Prisma, PrismaClient, Role } from '@growops/db'
import { DomainError } from '@growops/domain'
import type { Actor } from '../access/actor.ts'

export interface Person {
  id: string
  name: string
}

/** The first line of a text, at most `max` characters, for notifications and events. */
export function excerptOf(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}

export async function loadPerson(prisma: PrismaClient, userId: string): Promise<Person> {
  return prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true } })
}

/** Names of the given users, by id (a removed user shows as "(removed)"). */
export async function namesOf(
  prisma: PrismaClient,
  userIds: readonly string[],
): Promise<Map<string, Person>> {
  const users = await prisma.user.findMany({
    where: { id: { in: [...new Set(userIds)] } },
    select: { id: true, name: true },
  })
  return new Map(users.map((user) => [user.id, user]))
}

export function personOf(names: Map<string, Person>, id: string): Person {
  return names.get(id) ?? { id, name: '(removed)' }
}

/** The property when it is the actor's organization's; NOT_FOUND otherwise. */
export async function assertPropertyInOrganization(
  prisma: PrismaClient,
  actor: Actor,
  propertyId: string,
): Promise<void> {
  const found = await prisma.property.findFirst({
    where: { id: propertyId, organizationId: actor.organizationId },
    select: { id: true },
  })
  if (!found) {
    throw new DomainError('NOT_FOUND', 'No such property in this organization.', {
      entity: 'Property',
      id: propertyId,
    })
  }
}

/** Announcements addressed to `role` (COMM1), active at `now` (COMM2), optionally one property's. */
export function announcementAudienceWhere(
  actor: { organizationId: string; role: Role },
  now: Date,
  propertyId?: string,
): Prisma.AnnouncementWhereInput {
  return {
    organizationId: actor.organizationId,
    AND: [
      { OR: [{ roles: { isEmpty: true } }, { roles: { has: actor.role } }] },
      { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      ...(propertyId ? [{ OR: [{ propertyId: null }, { propertyId }] }] : []),
    ],
  }
}
