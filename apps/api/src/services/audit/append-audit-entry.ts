// Appends to an organization's hash-chained audit log inside the caller's transaction, so
// an entry exists exactly when the change it describes was committed.
import { createHash } from 'node:crypto'
import { Prisma, type TransactionClient } from '@growops/db'
import { auditHashInput, toAuditJson, type AuditEntryContent } from '@growops/domain'

export interface AuditEntryInput {
  organizationId: string
  actorId: string | null
  action: string
  entityType: string
  entityId: string
  before?: unknown
  after?: unknown
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

function jsonColumn(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  const json = toAuditJson(value)
  return json === null ? Prisma.DbNull : (json as Prisma.InputJsonValue)
}

export async function appendAuditEntry(
  tx: TransactionClient,
  input: AuditEntryInput,
): Promise<void> {
  // Serializes appends per organization, so each entry links to the one before it.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`audit:${input.organizationId}`}, 0))`
  const previous = await tx.auditLog.findFirst({
    where: { organizationId: input.organizationId },
    orderBy: { seq: 'desc' },
    select: { hash: true },
  })
  const createdAt = new Date()
  const content: AuditEntryContent = {
    organizationId: input.organizationId,
    actorId: input.actorId,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    before: toAuditJson(input.before),
    after: toAuditJson(input.after),
    createdAt: createdAt.toISOString(),
  }
  const prevHash = previous?.hash ?? null
  await tx.auditLog.create({
    data: {
      organizationId: input.organizationId,
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: jsonColumn(content.before),
      after: jsonColumn(content.after),
      createdAt,
      prevHash,
      hash: sha256Hex(auditHashInput(prevHash, content)),
    },
  })
}
