// What every document service shares: who is asking, loading a document of the caller's
// organization (another organization's is NOT_FOUND), locking it for a workflow step, and
// checking that a referenced file or property belongs to the organization.
import type { Prisma, PrismaClient, Role, TransactionClient } from '@growops/db'
import { DomainError, type DocumentVersionStatus } from '@growops/domain'
import { sha256Hex } from '../audit/append-audit-entry.ts'

/** A member of the organization (STAFF reads and acknowledges without COMPLIANCE access). */
export interface DocumentMember {
  userId: string
  organizationId: string
  role: Role
}

type Db = PrismaClient | TransactionClient

export function documentNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', 'No such document in this organization.', {
    entity: 'ComplianceDocument',
    id,
  })
}

export function versionNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', 'No such document version in this organization.', {
    entity: 'ComplianceDocumentVersion',
    id,
  })
}

export const versionSelect = {
  id: true,
  documentId: true,
  version: true,
  status: true,
  body: true,
  fileId: true,
  changeSummary: true,
  effectiveFrom: true,
  expiresAt: true,
  createdById: true,
  createdAt: true,
  submittedById: true,
  submittedAt: true,
  reviewNote: true,
  approvedById: true,
  approvedAt: true,
  supersededAt: true,
  file: { select: { id: true, fileName: true, contentType: true, byteSize: true } },
} satisfies Prisma.ComplianceDocumentVersionSelect

export type VersionRow = Prisma.ComplianceDocumentVersionGetPayload<{
  select: typeof versionSelect
}>

export async function loadDocument(db: Db, member: DocumentMember, documentId: string) {
  const document = await db.complianceDocument.findFirst({
    where: { id: documentId, organizationId: member.organizationId },
    include: { versions: { select: versionSelect, orderBy: { version: 'desc' } } },
  })
  if (!document) throw documentNotFound(documentId)
  return document
}

export type DocumentWithVersions = Awaited<ReturnType<typeof loadDocument>>

/** The document a version belongs to, with all its versions; NOT_FOUND across organizations. */
export async function loadDocumentOfVersion(
  db: Db,
  member: DocumentMember,
  versionId: string,
): Promise<{ document: DocumentWithVersions; version: VersionRow }> {
  const found = await db.complianceDocumentVersion.findFirst({
    where: { id: versionId, document: { organizationId: member.organizationId } },
    select: { documentId: true },
  })
  if (!found) throw versionNotFound(versionId)
  const document = await loadDocument(db, member, found.documentId)
  const version = document.versions.find((v) => v.id === versionId)
  if (!version) throw versionNotFound(versionId)
  return { document, version }
}

/**
 * Locks the document row until the transaction ends, so workflow steps on one document run
 * one after another (two approvals, a new draft racing a submit).
 */
export async function lockDocument(tx: TransactionClient, documentId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "ComplianceDocument" WHERE id = ${documentId} FOR UPDATE`
}

/** Moves a version from `from` to `data.status`; false when it was no longer in `from`. */
export async function moveVersion(
  tx: TransactionClient,
  versionId: string,
  from: DocumentVersionStatus,
  data: Prisma.ComplianceDocumentVersionUncheckedUpdateManyInput,
): Promise<boolean> {
  const { count } = await tx.complianceDocumentVersion.updateMany({
    where: { id: versionId, status: from },
    data,
  })
  return count === 1
}

/** The file when it is the organization's; NOT_FOUND otherwise. */
export async function assertFileInOrganization(
  db: Db,
  organizationId: string,
  fileId: string,
): Promise<void> {
  const file = await db.storedFile.findFirst({
    where: { id: fileId, organizationId },
    select: { id: true },
  })
  if (!file) {
    throw new DomainError('NOT_FOUND', 'No such file in this organization. Upload it again.', {
      entity: 'StoredFile',
      id: fileId,
    })
  }
}

export async function assertPropertyOfOrganization(
  db: Db,
  organizationId: string,
  propertyId: string,
): Promise<void> {
  const property = await db.property.findFirst({
    where: { id: propertyId, organizationId },
    select: { id: true },
  })
  if (!property) {
    throw new DomainError('NOT_FOUND', 'No such property in this organization.', {
      entity: 'Property',
      id: propertyId,
    })
  }
}

/** The state of a version the audit log keeps: the body's hash, not the (long) body itself. */
export function versionAuditState(version: {
  version: number
  status: DocumentVersionStatus
  body: string | null
  fileId: string | null
  expiresAt: Date | null
  effectiveFrom: Date | null
}) {
  return {
    version: version.version,
    status: version.status,
    bodySha256: version.body === null ? null : sha256Hex(version.body),
    fileId: version.fileId,
    effectiveFrom: version.effectiveFrom,
    expiresAt: version.expiresAt,
  }
}
