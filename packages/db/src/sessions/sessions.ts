// Session lifecycle: create on sign-in, validate (and slide) on every request, invalidate on
// sign-out. Follows Lucia's session design without the deprecated package.
import type { PrismaClient } from '../generated/prisma/client.ts'
import {
  SESSION_LIFETIME_MS,
  SESSION_RENEW_WITHIN_MS,
  generateSessionToken,
  sessionIdFromToken,
} from './session-token.ts'

export interface SessionUser {
  id: string
  email: string
  name: string
  locale: string
}

export interface ValidSession {
  id: string
  expiresAt: Date
  user: SessionUser
  /** True when validation extended the expiry, so the cookie must be sent again. */
  renewed: boolean
}

export interface NewSession {
  token: string
  expiresAt: Date
}

export async function createSession(
  prisma: PrismaClient,
  userId: string,
  meta: { userAgent: string | null; ipAddress: string | null },
  now = new Date(),
): Promise<NewSession> {
  const token = generateSessionToken()
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS)
  await prisma.session.create({
    data: {
      id: sessionIdFromToken(token),
      userId,
      expiresAt,
      userAgent: meta.userAgent?.slice(0, 512) ?? null,
      ipAddress: meta.ipAddress,
    },
  })
  return { token, expiresAt }
}

/** The session a token belongs to, or null when it is unknown or expired. */
export async function validateSessionToken(
  prisma: PrismaClient,
  token: string,
  now = new Date(),
): Promise<ValidSession | null> {
  const id = sessionIdFromToken(token)
  const row = await prisma.session.findUnique({
    where: { id },
    select: {
      id: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, locale: true } },
    },
  })
  if (!row) return null
  if (row.expiresAt.getTime() <= now.getTime()) {
    await prisma.session.deleteMany({ where: { id } })
    return null
  }
  if (row.expiresAt.getTime() - now.getTime() < SESSION_RENEW_WITHIN_MS) {
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS)
    await prisma.session.update({ where: { id }, data: { expiresAt } })
    return { id, expiresAt, user: row.user, renewed: true }
  }
  return { id, expiresAt: row.expiresAt, user: row.user, renewed: false }
}

export async function invalidateSession(prisma: PrismaClient, sessionId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: sessionId } })
}
