// Acknowledgements (CDOC7, CDOC8): a member in a required role acknowledges the approved
// version of a document (once; repeats answer the first), sees what they still have to
// acknowledge, and compliance readers see who has and has not.
import type { PrismaClient, Role } from '@growops/db'
import {
  acknowledgementProgress,
  approvedVersionOf,
  DomainError,
  mustAcknowledge,
  type ComplianceDocumentKind,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { loadDocument, lockDocument, type DocumentMember } from './document-records.ts'
import { isoOrNull, loadAcks, loadMembers } from './document-views.ts'

export interface AcknowledgeResult {
  documentId: string
  versionId: string
  version: number
  acknowledgedAt: string
  alreadyAcknowledged: boolean
}

function noApprovedVersion(documentId: string): DomainError {
  return new DomainError('NOT_FOUND', 'This document has no approved version to acknowledge.', {
    entity: 'ComplianceDocumentVersion',
    documentId,
  })
}

/** Acknowledges the approved version for the caller (CDOC7); idempotent. */
export async function acknowledgeDocument(
  prisma: PrismaClient,
  member: DocumentMember,
  documentId: string,
): Promise<AcknowledgeResult> {
  await loadDocument(prisma, member, documentId)
  return prisma.$transaction(async (tx) => {
    await lockDocument(tx, documentId)
    const document = await loadDocument(tx, member, documentId)
    if (document.archivedAt) {
      throw new DomainError(
        'DOCUMENT.ARCHIVED',
        'This document is archived; nothing to acknowledge.',
      )
    }
    if (!mustAcknowledge(document.requiredAckRoles, member.role)) {
      throw new DomainError(
        'AUTH.FORBIDDEN',
        'This document does not ask your role to acknowledge it.',
        { role: member.role, requiredAckRoles: document.requiredAckRoles },
      )
    }
    const approved = approvedVersionOf(document.versions)
    if (!approved) throw noApprovedVersion(documentId)
    const { count } = await tx.documentAcknowledgment.createMany({
      data: [{ versionId: approved.id, userId: member.userId }],
      skipDuplicates: true,
    })
    const ack = await tx.documentAcknowledgment.findUniqueOrThrow({
      where: { versionId_userId: { versionId: approved.id, userId: member.userId } },
    })
    if (count > 0) {
      await appendAuditEntry(tx, {
        organizationId: member.organizationId,
        actorId: member.userId,
        action: 'document.acknowledge',
        entityType: 'ComplianceDocumentVersion',
        entityId: approved.id,
        after: { documentId, version: approved.version, acknowledgedAt: ack.acknowledgedAt },
      })
    }
    return {
      documentId,
      versionId: approved.id,
      version: approved.version,
      acknowledgedAt: ack.acknowledgedAt.toISOString(),
      alreadyAcknowledged: count === 0,
    }
  })
}

export interface PendingAcknowledgement {
  documentId: string
  kind: ComplianceDocumentKind
  code: string
  title: string
  versionId: string
  version: number
  approvedAt: string | null
  changeSummary: string | null
}

/** Approved documents requiring the caller's role that they have not acknowledged (CDOC7). */
export async function listPendingAcknowledgements(
  prisma: PrismaClient,
  member: DocumentMember,
): Promise<PendingAcknowledgement[]> {
  const versions = await prisma.complianceDocumentVersion.findMany({
    where: {
      status: 'APPROVED',
      document: {
        organizationId: member.organizationId,
        archivedAt: null,
        requiredAckRoles: { has: member.role },
      },
      acknowledgments: { none: { userId: member.userId } },
    },
    select: {
      id: true,
      version: true,
      approvedAt: true,
      changeSummary: true,
      document: { select: { id: true, kind: true, code: true, title: true } },
    },
    orderBy: [{ approvedAt: 'asc' }, { id: 'asc' }],
  })
  return versions.map((version) => ({
    documentId: version.document.id,
    kind: version.document.kind,
    code: version.document.code,
    title: version.document.title,
    versionId: version.id,
    version: version.version,
    approvedAt: isoOrNull(version.approvedAt),
    changeSummary: version.changeSummary,
  }))
}

export interface AckStatusEntry {
  userId: string
  name: string
  email: string
  role: Role
  acknowledgedAt: string | null
}

export interface AckStatus {
  documentId: string
  /** The approved version counted; null = nothing approved yet. */
  versionId: string | null
  version: number | null
  required: number
  acknowledged: AckStatusEntry[]
  pending: AckStatusEntry[]
}

/** Who in the required roles has and has not acknowledged the approved version (CDOC8). */
export async function acknowledgementStatus(
  prisma: PrismaClient,
  actor: Actor,
  documentId: string,
): Promise<AckStatus> {
  const document = await loadDocument(prisma, actor, documentId)
  const approved = approvedVersionOf(document.versions)
  const members = await loadMembers(prisma, actor.organizationId)
  const acks = approved ? ((await loadAcks(prisma, [approved.id])).get(approved.id) ?? []) : []
  const progress = acknowledgementProgress(members, acks, approved ? document.requiredAckRoles : [])
  const entry = (member: (typeof members)[number], at: Date | null): AckStatusEntry => ({
    userId: member.userId,
    name: member.name,
    email: member.email,
    role: member.role,
    acknowledgedAt: isoOrNull(at),
  })
  return {
    documentId,
    versionId: approved?.id ?? null,
    version: approved?.version ?? null,
    required: progress.required,
    acknowledged: progress.acknowledged.map((member) => entry(member, member.acknowledgedAt)),
    pending: progress.pending.map((member) => entry(member, null)),
  }
}
