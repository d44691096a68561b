// Writing drafts (CDOC1, CDOC2, CDOC4): a new document with its first draft, the next draft of
// a document, and changes to a draft. COMPLIANCE FULL only (the procedures check the area; the
// workflow checks the state). Each change and its audit entry commit together.
import { isUniqueViolation, type PrismaClient } from '@growops/db'
import {
  assertVersionAction,
  DomainError,
  planNewVersion,
  type DocumentCreateInput,
  type DocumentCreateVersionInput,
  type DocumentUpdateDraftInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import {
  assertFileInOrganization,
  assertPropertyOfOrganization,
  loadDocument,
  loadDocumentOfVersion,
  lockDocument,
  moveVersion,
  versionAuditState,
} from './document-records.ts'
import { detailOf, type DocumentDetail } from './document-views.ts'

function codeTaken(code: string): DomainError {
  return new DomainError('DOCUMENT.CODE_TAKEN', `Another document already uses the code ${code}.`, {
    code,
  })
}

function assertDatesInOrder(effectiveFrom: Date | null, expiresAt: Date | null): void {
  if (effectiveFrom && expiresAt && effectiveFrom.getTime() >= expiresAt.getTime()) {
    throw new DomainError('VALIDATION.FAILED', 'It must expire after it takes effect.', {
      fieldErrors: { expiresAt: ['It must expire after it takes effect.'] },
    })
  }
}

/** A new document and its first draft (version 1). */
export async function createDocument(
  prisma: PrismaClient,
  actor: Actor,
  input: DocumentCreateInput,
): Promise<DocumentDetail> {
  if (input.propertyId) {
    await assertPropertyOfOrganization(prisma, actor.organizationId, input.propertyId)
  }
  if (input.fileId) await assertFileInOrganization(prisma, actor.organizationId, input.fileId)
  const existing = await prisma.complianceDocument.findFirst({
    where: { organizationId: actor.organizationId, code: input.code },
    select: { id: true },
  })
  if (existing) throw codeTaken(input.code)
  let documentId: string
  try {
    documentId = await prisma.$transaction(async (tx) => {
      const document = await tx.complianceDocument.create({
        data: {
          organizationId: actor.organizationId,
          propertyId: input.propertyId ?? null,
          kind: input.kind,
          code: input.code,
          title: input.title,
          issuer: input.issuer ?? null,
          requiredAckRoles: input.requiredAckRoles,
          createdById: actor.userId,
          versions: {
            create: {
              version: 1,
              body: input.body ?? null,
              fileId: input.fileId ?? null,
              changeSummary: input.changeSummary ?? null,
              effectiveFrom: input.effectiveFrom ?? null,
              expiresAt: input.expiresAt ?? null,
              createdById: actor.userId,
            },
          },
        },
        include: { versions: true },
      })
      await appendAuditEntry(tx, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'document.create',
        entityType: 'ComplianceDocument',
        entityId: document.id,
        after: {
          kind: document.kind,
          code: document.code,
          title: document.title,
          propertyId: document.propertyId,
          requiredAckRoles: document.requiredAckRoles,
          firstVersion: document.versions[0] && versionAuditState(document.versions[0]),
        },
      })
      return document.id
    })
  } catch (error) {
    // Two people creating the same code at once: the unique index decides.
    if (isUniqueViolation(error)) throw codeTaken(input.code)
    throw error
  }
  return detailOf(prisma, actor, await loadDocument(prisma, actor, documentId), new Date())
}

/** The next draft, its content copied from the version in force unless given (CDOC4). */
export async function createDocumentVersion(
  prisma: PrismaClient,
  actor: Actor,
  input: DocumentCreateVersionInput,
): Promise<DocumentDetail> {
  const current = await loadDocument(prisma, actor, input.documentId)
  if (current.archivedAt) {
    throw new DomainError('DOCUMENT.ARCHIVED', 'This document is archived; it no longer changes.')
  }
  if (input.fileId) await assertFileInOrganization(prisma, actor.organizationId, input.fileId)
  try {
    await prisma.$transaction(async (tx) => {
      await lockDocument(tx, current.id)
      const document = await loadDocument(tx, actor, current.id)
      const plan = planNewVersion(document.versions)
      const base = plan.basedOn
      const content = {
        body: input.body !== undefined ? input.body : (base?.body ?? null),
        fileId: input.fileId !== undefined ? input.fileId : (base?.fileId ?? null),
        changeSummary: input.changeSummary ?? null,
        effectiveFrom:
          input.effectiveFrom !== undefined ? input.effectiveFrom : (base?.effectiveFrom ?? null),
        expiresAt: input.expiresAt !== undefined ? input.expiresAt : (base?.expiresAt ?? null),
      }
      assertDatesInOrder(content.effectiveFrom, content.expiresAt)
      const created = await tx.complianceDocumentVersion.create({
        data: {
          documentId: document.id,
          version: plan.version,
          ...content,
          createdById: actor.userId,
        },
      })
      await tx.complianceDocument.update({
        where: { id: document.id },
        data: { updatedAt: new Date() },
      })
      await appendAuditEntry(tx, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'document.createVersion',
        entityType: 'ComplianceDocumentVersion',
        entityId: created.id,
        after: {
          documentId: document.id,
          basedOn: base?.version ?? null,
          ...versionAuditState(created),
        },
      })
    })
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError(
        'DOCUMENT.INVALID_TRANSITION',
        'Someone else started a new version of this document meanwhile. Refresh to see it.',
      )
    }
    throw error
  }
  return detailOf(prisma, actor, await loadDocument(prisma, actor, current.id), new Date())
}

/** Changes a draft (CDOC2): fields left out stay, null clears; document fields too. */
export async function updateDraft(
  prisma: PrismaClient,
  actor: Actor,
  input: DocumentUpdateDraftInput,
): Promise<DocumentDetail> {
  const { document, version } = await loadDocumentOfVersion(prisma, actor, input.versionId)
  assertVersionAction(actor, version, { archived: document.archivedAt !== null }, 'edit')
  if (input.fileId) await assertFileInOrganization(prisma, actor.organizationId, input.fileId)
  const content = {
    body: input.body !== undefined ? input.body : version.body,
    fileId: input.fileId !== undefined ? input.fileId : version.fileId,
    changeSummary: input.changeSummary !== undefined ? input.changeSummary : version.changeSummary,
    effectiveFrom: input.effectiveFrom !== undefined ? input.effectiveFrom : version.effectiveFrom,
    expiresAt: input.expiresAt !== undefined ? input.expiresAt : version.expiresAt,
  }
  assertDatesInOrder(content.effectiveFrom, content.expiresAt)
  const documentChanges = {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.issuer !== undefined ? { issuer: input.issuer } : {}),
    ...(input.requiredAckRoles !== undefined ? { requiredAckRoles: input.requiredAckRoles } : {}),
  }
  await prisma.$transaction(async (tx) => {
    await lockDocument(tx, document.id)
    if (!(await moveVersion(tx, version.id, 'DRAFT', { ...content, status: 'DRAFT' }))) {
      throw new DomainError(
        'DOCUMENT.INVALID_TRANSITION',
        'This version was submitted meanwhile; it is no longer a draft.',
        { from: 'IN_REVIEW', action: 'edit', allowedFrom: 'DRAFT' },
      )
    }
    await tx.complianceDocument.update({
      where: { id: document.id },
      data: { ...documentChanges, updatedAt: new Date() },
    })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'document.updateDraft',
      entityType: 'ComplianceDocumentVersion',
      entityId: version.id,
      before: {
        title: document.title,
        issuer: document.issuer,
        requiredAckRoles: document.requiredAckRoles,
        ...versionAuditState(version),
      },
      after: {
        title: documentChanges.title ?? document.title,
        issuer: documentChanges.issuer !== undefined ? documentChanges.issuer : document.issuer,
        requiredAckRoles: documentChanges.requiredAckRoles ?? document.requiredAckRoles,
        ...versionAuditState({ ...version, ...content }),
      },
    })
  })
  return detailOf(prisma, actor, await loadDocument(prisma, actor, document.id), new Date())
}
