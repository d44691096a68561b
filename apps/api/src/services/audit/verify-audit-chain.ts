// Recomputes an organization's audit chain from the first entry and reports the first broken
// link. Reads in pages so a long log never sits in memory at once.
import type { AuditLog, PrismaClient } from '@growops/db'
import { findChainBreak, type ChainBreak, type ChainLink } from '@growops/domain'
import { sha256Hex } from './append-audit-entry.ts'

const PAGE_SIZE = 1000

export interface AuditVerification {
  ok: boolean
  checked: number
  firstBroken: ChainBreak | null
}

export async function verifyAuditChain(
  prisma: PrismaClient,
  organizationId: string,
): Promise<AuditVerification> {
  let afterSeq: bigint | null = null
  let previousHash: string | null = null
  let checked = 0
  for (;;) {
    const rows: AuditLog[] = await prisma.auditLog.findMany({
      where: { organizationId, ...(afterSeq === null ? {} : { seq: { gt: afterSeq } }) },
      orderBy: { seq: 'asc' },
      take: PAGE_SIZE,
    })
    if (rows.length === 0) return { ok: true, checked, firstBroken: null }
    const links: ChainLink[] = rows.map((row) => ({
      seq: row.seq,
      prevHash: row.prevHash,
      hash: row.hash,
      content: {
        organizationId: row.organizationId,
        actorId: row.actorId,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        before: row.before,
        after: row.after,
        createdAt: row.createdAt.toISOString(),
      },
    }))
    const result = findChainBreak(links, previousHash, sha256Hex)
    checked += result.checked
    if (result.broken) return { ok: false, checked, firstBroken: result.broken }
    previousHash = result.lastHash
    afterSeq = rows[rows.length - 1]?.seq ?? null
  }
}
