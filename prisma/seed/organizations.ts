// Factories for tenancy and people: used by the demo seed, integration tests and e2e fixtures.
import type { Role, TransactionClient as Db } from '@growops/db'
import { hashPassword } from '../../apps/api/src/services/auth/password.ts'

export async function upsertOrganization(prisma: Db, input: { name: string; slug: string }) {
  return prisma.organization.upsert({
    where: { slug: input.slug },
    update: {},
    create: { name: input.name, slug: input.slug },
  })
}

export interface UserInput {
  email: string
  name: string
  locale?: 'en' | 'es'
  /** Sets the password when given; null or absent leaves an existing one alone. */
  password?: string | null
}

export async function upsertUser(prisma: Db, input: UserInput) {
  const email = input.email.trim().toLowerCase()
  const passwordHash = input.password ? await hashPassword(input.password) : undefined
  return prisma.user.upsert({
    where: { email },
    update: passwordHash ? { passwordHash } : {},
    create: {
      email,
      name: input.name,
      locale: input.locale ?? 'en',
      passwordHash: passwordHash ?? null,
    },
  })
}

export async function upsertMembership(
  prisma: Db,
  input: { userId: string; organizationId: string; role: Role },
) {
  return prisma.membership.upsert({
    where: {
      userId_organizationId: { userId: input.userId, organizationId: input.organizationId },
    },
    update: { role: input.role },
    create: input,
  })
}

/** A user with a password and one membership: the usual test actor. */
export async function createMember(
  prisma: Db,
  input: UserInput & { organizationId: string; role: Role },
) {
  const user = await upsertUser(prisma, input)
  await upsertMembership(prisma, {
    userId: user.id,
    organizationId: input.organizationId,
    role: input.role,
  })
  return user
}
