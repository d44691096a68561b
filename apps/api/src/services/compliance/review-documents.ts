// Review steps (CDOC2, CDOC3, CDOC5, CDOC6): submit, approve (superseding the version approved
// before), send back with a note, archive. Each step locks the document, re-checks the state
// and who is acting inside the transaction, appends its audit entries and notifications, and
// publishes the notifications' events after commit.
import type { PrismaClient, TransactionClient } from '@growops/db'
import {
  assertVersionAction,
  DomainError,
  hasVersionContent,
  planApproval,
  type DocumentSendBackInput,
  type DocumentVersionAction,
  type LiveEnvelope,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { createNotifications, membersWithRoles } from '../notifications/notify.ts'
import {
  recordLiveEvents,
  type LiveEventPublisher,
  type NewLiveEvent,
} from '../realtime/live-events.ts'
import {
  loadDocument,
  loadDocumentOfVersion,
  lockDocument,
  moveVersion,
  versionNotFound,
  type DocumentWithVersions,
  type VersionRow,
} from './document-records.ts'
import { detailOf, type DocumentDetail } from './document-views.ts'

/** Who reviews: the members with COMPLIANCE FULL. */
export const REVIEWER_ROLES = ['OWNER', 'COMPLIANCE_MANAGER'] as const

function documentLink(documentId: string): string {
  return `/documents/${documentId}`
}

function stale(action: DocumentVersionAction): DomainError {
  return new DomainError(
    'DOCUMENT.INVALID_TRANSITION',
    'Someone else changed this version meanwhile. Refresh to see where it stands.',
    { action },
  )
}

/**
 * Runs one workflow step on a version: lock, reload, check (`assertVersionAction`), then `step`;
 * returns the document as the caller now sees it.
 */
async function runStep(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  versionId: string,
  action: DocumentVersionAction,
  step: (
    tx: TransactionClient,
    document: DocumentWithVersions,
    version: VersionRow,
  ) => Promise<NewLiveEvent[]>,
): Promise<DocumentDetail> {
  const { document: found } = await loadDocumentOfVersion(prisma, actor, versionId)
  const envelopes: LiveEnvelope[] = await prisma.$transaction(async (tx) => {
    await lockDocument(tx, found.id)
    const document = await loadDocument(tx, actor, found.id)
    const version = document.versions.find((v) => v.id === versionId)
    if (!version) throw versionNotFound(versionId)
    assertVersionAction(actor, version, { archived: document.archivedAt !== null }, action)
    const events = await step(tx, document, version)
    await tx.complianceDocument.update({
      where: { id: document.id },
      data: { updatedAt: new Date() },
    })
    return recordLiveEvents(tx, events)
  })
  live.publish(envelopes)
  return detailOf(prisma, actor, await loadDocument(prisma, actor, found.id), new Date())
}

function label(document: { code: string; title: string }, version: { version: number }) {
  return `${document.code} v${version.version} — ${document.title}`
}

/** DRAFT → IN_REVIEW; the other reviewers are told (CDOC2). */
export function submitForReview(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  versionId: string,
): Promise<DocumentDetail> {
  return runStep(prisma, live, actor, versionId, 'submit', async (tx, document, version) => {
    if (!hasVersionContent(version)) {
      throw new DomainError(
        'VALIDATION.FAILED',
        'Write the text or attach a file before submitting this version.',
        { fieldErrors: { body: ['Write the text or attach a file.'] } },
      )
    }
    const now = new Date()
    const moved = await moveVersion(tx, version.id, 'DRAFT', {
      status: 'IN_REVIEW',
      submittedById: actor.userId,
      submittedAt: now,
      reviewNote: null,
    })
    if (!moved) throw stale('submit')
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'document.submit',
      entityType: 'ComplianceDocumentVersion',
      entityId: version.id,
      before: { status: 'DRAFT' },
      after: { status: 'IN_REVIEW', documentId: document.id, version: version.version },
    })
    const reviewers = await membersWithRoles(tx, actor.organizationId, REVIEWER_ROLES)
    return createNotifications(tx, {
      organizationId: actor.organizationId,
      userIds: reviewers.filter((id) => id !== actor.userId),
      kind: 'DOCUMENT',
      title: `Review requested: ${label(document, version)}`,
      body: version.changeSummary ?? 'A document version is waiting for approval.',
      link: documentLink(document.id),
      sourceId: version.id,
    })
  })
}

/**
 * IN_REVIEW → APPROVED, the version approved before → SUPERSEDED (CDOC3), by someone who did not
 * write or submit it (CDOC5). The members who must acknowledge it are notified (CDOC7).
 */
export function approveVersion(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  versionId: string,
): Promise<DocumentDetail> {
  return runStep(prisma, live, actor, versionId, 'approve', async (tx, document) => {
    const plan = planApproval(document.versions, versionId)
    const now = new Date()
    // Superseded first: the partial unique index allows one APPROVED version at a time.
    if (plan.supersede) {
      if (
        !(await moveVersion(tx, plan.supersede.id, 'APPROVED', {
          status: 'SUPERSEDED',
          supersededAt: now,
        }))
      ) {
        throw stale('approve')
      }
      await appendAuditEntry(tx, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'document.supersede',
        entityType: 'ComplianceDocumentVersion',
        entityId: plan.supersede.id,
        before: { status: 'APPROVED' },
        after: {
          status: 'SUPERSEDED',
          supersededBy: plan.approve.id,
          version: plan.supersede.version,
        },
      })
    }
    const approved = await moveVersion(tx, plan.approve.id, 'IN_REVIEW', {
      status: 'APPROVED',
      approvedById: actor.userId,
      approvedAt: now,
      effectiveFrom: plan.approve.effectiveFrom ?? now,
    })
    if (!approved) throw stale('approve')
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'document.approve',
      entityType: 'ComplianceDocumentVersion',
      entityId: plan.approve.id,
      before: { status: 'IN_REVIEW' },
      after: {
        status: 'APPROVED',
        documentId: document.id,
        version: plan.approve.version,
        supersededVersionId: plan.supersede?.id ?? null,
      },
    })
    const acknowledgers =
      document.requiredAckRoles.length === 0
        ? []
        : await membersWithRoles(tx, actor.organizationId, document.requiredAckRoles)
    const toAcknowledge = await createNotifications(tx, {
      organizationId: actor.organizationId,
      userIds: acknowledgers.filter((id) => id !== actor.userId),
      kind: 'DOCUMENT',
      title: `Read and acknowledge: ${label(document, plan.approve)}`,
      body: plan.approve.changeSummary ?? 'A new approved version needs your acknowledgement.',
      link: documentLink(document.id),
      sourceId: plan.approve.id,
    })
    const authors = [plan.approve.createdById, plan.approve.submittedById].filter(
      (id): id is string => id !== null && !acknowledgers.includes(id),
    )
    const toAuthors = await createNotifications(tx, {
      organizationId: actor.organizationId,
      userIds: authors,
      kind: 'DOCUMENT',
      title: `Approved: ${label(document, plan.approve)}`,
      body: 'The version you wrote or submitted is now in force.',
      link: documentLink(document.id),
      sourceId: plan.approve.id,
    })
    return [...toAcknowledge, ...toAuthors]
  })
}

/** IN_REVIEW → DRAFT with the reviewer's note; the author and submitter are told (CDOC2). */
export function sendBackVersion(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  input: DocumentSendBackInput,
): Promise<DocumentDetail> {
  return runStep(
    prisma,
    live,
    actor,
    input.versionId,
    'sendBack',
    async (tx, document, version) => {
      if (
        !(await moveVersion(tx, version.id, 'IN_REVIEW', {
          status: 'DRAFT',
          reviewNote: input.note,
        }))
      ) {
        throw stale('sendBack')
      }
      await appendAuditEntry(tx, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'document.sendBack',
        entityType: 'ComplianceDocumentVersion',
        entityId: version.id,
        before: { status: 'IN_REVIEW' },
        after: { status: 'DRAFT', reviewNote: input.note },
      })
      const authors = [version.createdById, version.submittedById].filter(
        (id): id is string => id !== null && id !== actor.userId,
      )
      return createNotifications(tx, {
        organizationId: actor.organizationId,
        userIds: authors,
        kind: 'DOCUMENT',
        title: `Sent back: ${label(document, version)}`,
        body: input.note,
        link: documentLink(document.id),
        sourceId: version.id,
      })
    },
  )
}

/** Archives a document (CDOC6): it changes no more and asks nobody for acknowledgements. */
export async function archiveDocument(
  prisma: PrismaClient,
  actor: Actor,
  documentId: string,
): Promise<DocumentDetail> {
  await loadDocument(prisma, actor, documentId)
  await prisma.$transaction(async (tx) => {
    await lockDocument(tx, documentId)
    const now = new Date()
    const { count } = await tx.complianceDocument.updateMany({
      where: { id: documentId, archivedAt: null },
      data: { archivedAt: now },
    })
    if (count === 0) {
      throw new DomainError('DOCUMENT.ARCHIVED', 'This document is already archived.')
    }
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'document.archive',
      entityType: 'ComplianceDocument',
      entityId: documentId,
      before: { archivedAt: null },
      after: { archivedAt: now },
    })
  })
  return detailOf(prisma, actor, await loadDocument(prisma, actor, documentId), new Date())
}
