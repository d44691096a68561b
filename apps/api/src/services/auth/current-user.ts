import type { PrismaClient, Role } from '@growops/db'
import { DomainError } from '@growops/domain'

export interface CurrentUser {
  user: { id: string; email: string; name: string; locale: 'en' | 'es' }
  memberships: { organizationId: string; organizationName: string; role: Role }[]
}

/** The signed-in user with the organizations they belong to. */
export async function loadCurrentUser(prisma: PrismaClient, userId: string): Promise<CurrentUser> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      memberships: {
        select: { role: true, organization: { select: { id: true, name: true } } },
        orderBy: { createdAt: 'asc' },
      },
    },
  })
  if (!user)
    throw new DomainError('AUTH.UNAUTHENTICATED', 'Your account no longer exists. Sign in again.')
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale === 'es' ? 'es' : 'en',
    },
    memberships: user.memberships.map((membership) => ({
      organizationId: membership.organization.id,
      organizationName: membership.organization.name,
      role: membership.role,
    })),
  }
}

export async function updateUserLocale(
  prisma: PrismaClient,
  userId: string,
  locale: 'en' | 'es',
): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { locale } })
}
