// Everything the CSV export needs before the first byte: the file name (organization slug
// and range) and the lazily produced CSV chunks.
import type { PrismaClient } from '@growops/db'
import { auditCsvFileName, DomainError, type AuditExportQuery } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { streamAuditCsv, type AuditCsvOptions } from './stream-audit-csv.ts'

export interface AuditExport {
  fileName: string
  chunks: AsyncGenerator<string, void, undefined>
}

export async function openAuditExport(
  prisma: PrismaClient,
  actor: Actor,
  query: AuditExportQuery,
  options: AuditCsvOptions = {},
): Promise<AuditExport> {
  const organization = await prisma.organization.findUnique({
    where: { id: actor.organizationId },
    select: { slug: true },
  })
  if (!organization) throw new DomainError('NOT_FOUND', 'This organization does not exist.')
  const filters = { entityType: query.entityType, from: query.from, to: query.to }
  return {
    fileName: auditCsvFileName(organization.slug, { from: query.from, to: query.to }),
    chunks: streamAuditCsv(prisma, actor, filters, options),
  }
}
