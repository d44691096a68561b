// Small helpers the hierarchy tests share: what an error was, and the audit rows written.
import { TRPCError } from '@trpc/server'
import type { PrismaClient } from '@growops/db'
import { describeError } from '../../trpc/error-formatter.ts'

export interface Refusal {
  code: string
  domainCode: string | null
  message: string
  details: Record<string, unknown>
  /** For invalid input: field path → messages, as the client receives them. */
  fieldErrors: Record<string, string[]> | null
}

/** What a client would be told about a refused call (through the real error formatter). */
export async function refusalOf(call: Promise<unknown>): Promise<Refusal> {
  try {
    await call
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error
    const { message, data } = describeError(error)
    return {
      code: error.code,
      domainCode: data.domainCode,
      message,
      details: data.details,
      fieldErrors: data.fieldErrors,
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
