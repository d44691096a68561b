// Small helpers the hierarchy tests share: what an error was, and the audit rows written.
import { TRPCError } from '@trpc/server'
import type { PrismaClient } from '@growops/db'
import { isDomainError } from '@growops/domain'

export interface Refusal {
  code: string
  domainCode: string | null
  message: string
  details: Record<string, unknown>
}

/** The TRPCError a call failed with (its tRPC code, domain code, message and details). */
export async function refusalOf(call: Promise<unknown>): Promise<Refusal> {
  try {
    await call
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error
    const cause = error.cause
    return {
      code: error.code,
      domainCode: isDomainError(cause) ? cause.code : null,
      message: error.message,
      details: isDomainError(cause) ? cause.details : {},
    }
  }
  throw new Error('expected the call to be refused')
}

/** Audit actions of an organization in order, optionally for one entity. */
export async function auditActions(
  prisma: PrismaClient,
  organizationId: string,
  entityId?: string,
): Promise<string[]> {
  const rows = await prisma.auditLog.findMany({
    where: { organizationId, ...(entityId ? { entityId } : {}) },
    orderBy: { seq: 'asc' },
    select: { action: true },
  })
  return rows.map((row) => row.action)
}
