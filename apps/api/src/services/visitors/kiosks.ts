// Lobby kiosks (VIS9): a device token bound to one property, shown once when the kiosk is created
// (only its SHA-256 is kept), revocable. Public kiosk procedures authenticate with it.
import { randomBytes } from 'node:crypto'
import type { PrismaClient } from '@growops/db'
import { DomainError, KioskTokenSchema, type KioskCreateInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry, sha256Hex } from '../audit/append-audit-entry.ts'
import { KIOSK_LIMITS, kioskRateLimiter } from './kiosk-rate-limit.ts'
import { loadVisitorProperty } from './visitor-access.ts'

const kioskSelect = {
  id: true,
  propertyId: true,
  name: true,
  createdAt: true,
  lastSeenAt: true,
  revokedAt: true,
  property: { select: { code: true, name: true } },
} as const

function kioskView(row: {
  id: string
  propertyId: string
  name: string
  createdAt: Date
  lastSeenAt: Date | null
  revokedAt: Date | null
  property: { code: string; name: string }
}) {
  return {
    id: row.id,
    propertyId: row.propertyId,
    property: row.property,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  }
}
export type KioskView = ReturnType<typeof kioskView>

/** A new device token: `gk_` and 32 random bytes in base64url (VIS9). */
export function newKioskToken(): string {
  return `gk_${randomBytes(32).toString('base64url')}`
}

/** Creates a kiosk; the answer holds its token, which is never shown again. */
export async function createKiosk(
  prisma: PrismaClient,
  actor: Actor,
  input: KioskCreateInput,
): Promise<{ kiosk: KioskView; token: string }> {
  await loadVisitorProperty(prisma, actor, input.propertyId)
  const token = newKioskToken()
  const kiosk = await prisma.$transaction(async (tx) => {
    const row = await tx.kioskDevice.create({
      data: {
        organizationId: actor.organizationId,
        propertyId: input.propertyId,
        name: input.name,
        tokenHash: sha256Hex(token),
        createdById: actor.userId,
      },
      select: kioskSelect,
    })
    // The token itself never reaches the audit log.
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'kiosk.create',
      entityType: 'KioskDevice',
      entityId: row.id,
      after: { propertyId: row.propertyId, name: row.name },
    })
    return row
  })
  return { kiosk: kioskView(kiosk), token }
}

export async function listKiosks(prisma: PrismaClient, actor: Actor, propertyId: string) {
  await loadVisitorProperty(prisma, actor, propertyId)
  const rows = await prisma.kioskDevice.findMany({
    where: { organizationId: actor.organizationId, propertyId },
    select: kioskSelect,
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
  })
  return rows.map(kioskView)
}

/** Revokes a kiosk: its token stops working at once. Revoking twice changes nothing. */
export async function revokeKiosk(prisma: PrismaClient, actor: Actor, kioskId: string) {
  const kiosk = await prisma.kioskDevice.findFirst({
    where: { id: kioskId, organizationId: actor.organizationId },
    select: kioskSelect,
  })
  if (!kiosk) {
    throw new DomainError('NOT_FOUND', 'No such kiosk in this organization.', {
      entity: 'KioskDevice',
      id: kioskId,
    })
  }
  if (kiosk.revokedAt) return kioskView(kiosk)
  const revoked = await prisma.$transaction(async (tx) => {
    const row = await tx.kioskDevice.update({
      where: { id: kiosk.id },
      data: { revokedAt: new Date() },
      select: kioskSelect,
    })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'kiosk.revoke',
      entityType: 'KioskDevice',
      entityId: row.id,
      before: { revokedAt: null },
      after: { revokedAt: row.revokedAt },
    })
    return row
  })
  return kioskView(revoked)
}

export interface AuthenticatedKiosk {
  id: string
  organizationId: string
  propertyId: string
  name: string
}

function invalidToken(): DomainError {
  return new DomainError(
    'KIOSK.INVALID_TOKEN',
    'This kiosk is not signed in, or its link was revoked. Ask a manager to open the kiosk again.',
  )
}

/**
 * The kiosk a token belongs to, when it is not revoked (VIS9); counts the call against the kiosk's
 * rate limit, and a refused token against the caller's address.
 */
export async function authenticateKiosk(
  prisma: PrismaClient,
  token: string,
  ipAddress: string,
): Promise<AuthenticatedKiosk> {
  const addressKey = `kiosk-bad-token:${ipAddress}`
  if (kioskRateLimiter.exceeded(addressKey, KIOSK_LIMITS.badTokensPerAddress)) {
    kioskRateLimiter.hit(addressKey, KIOSK_LIMITS.badTokensPerAddress)
  }
  const parsed = KioskTokenSchema.safeParse(token)
  const kiosk = parsed.success
    ? await prisma.kioskDevice.findUnique({
        where: { tokenHash: sha256Hex(parsed.data) },
        select: { id: true, organizationId: true, propertyId: true, name: true, revokedAt: true },
      })
    : null
  if (!kiosk || kiosk.revokedAt) {
    kioskRateLimiter.hit(addressKey, KIOSK_LIMITS.badTokensPerAddress)
    throw invalidToken()
  }
  kioskRateLimiter.hit(`kiosk:${kiosk.id}`, KIOSK_LIMITS.perKiosk)
  return {
    id: kiosk.id,
    organizationId: kiosk.organizationId,
    propertyId: kiosk.propertyId,
    name: kiosk.name,
  }
}
