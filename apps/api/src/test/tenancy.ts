// Two organizations, each with one member per role and a signed-in caller for each, for
// the tenancy and role tests every organization procedure must have.
import { createSession, type PrismaClient, type Role } from '@growops/db'
import { createMember, upsertOrganization } from '../../../../prisma/seed/organizations.ts'
import type { LiveEventPublisher } from '../services/realtime/live-events.ts'
import { createContext } from '../trpc/context.ts'
import { createCaller } from '../trpc/root.ts'

export const ROLES: readonly Role[] = [
  'OWNER',
  'COMPLIANCE_MANAGER',
  'HEAD_GROWER',
  'STAFF',
  'ACCOUNTANT',
]

export type Caller = ReturnType<typeof createCaller>

/**
 * A caller signed in as `userId` (a real session row, no password round trip); `live`
 * receives what its procedures publish (default: nobody).
 */
export async function callerFor(
  prisma: PrismaClient,
  userId: string,
  live?: LiveEventPublisher,
): Promise<Caller> {
  const { token } = await createSession(prisma, userId, {
    userAgent: 'vitest',
    ipAddress: '127.0.0.1',
  })
  const ctx = await createContext(
    { prisma, env: { COOKIE_SECURE: 'auto', TRUST_PROXY: false }, live },
    {
      cookieHeader: `growops_session=${token}`,
      hostHeader: 'localhost',
      ipAddress: '127.0.0.1',
      userAgent: 'vitest',
      appendSetCookie: () => undefined,
    },
  )
  return createCaller(ctx)
}

export interface TenantFixture {
  organizationId: string
  userIds: Record<Role, string>
  as: Record<Role, Caller>
}

/** An organization `slug` with one member per role. */
export async function createTenant(prisma: PrismaClient, slug: string): Promise<TenantFixture> {
  const organization = await upsertOrganization(prisma, { name: `Org ${slug}`, slug })
  const userIds = {} as Record<Role, string>
  const as = {} as Record<Role, Caller>
  for (const role of ROLES) {
    const user = await createMember(prisma, {
      email: `${role.toLowerCase()}@${slug}.test`,
      name: `${role} of ${slug}`,
      organizationId: organization.id,
      role,
    })
    userIds[role] = user.id
    as[role] = await callerFor(prisma, user.id)
  }
  return { organizationId: organization.id, userIds, as }
}
