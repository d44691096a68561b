// Reading documents (CDOC3, CDOC6, CDOC7, CDOC9): the list for compliance readers with its
// filters, and one document's page, which a member outside COMPLIANCE may open only when it
// asks their role to acknowledge its approved version (and then sees only that version).
import type { Prisma, PrismaClient } from '@growops/db'
import {
  approvedVersionOf,
  canReadDocument,
  DomainError,
  type DocumentListInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { loadDocument, type DocumentMember } from './document-records.ts'
import {
  detailOf,
  loadAcks,
  loadMembers,
  summaryOf,
  type DocumentDetail,
  type DocumentSummary,
} from './document-views.ts'

const DAY_MS = 86_400_000

function listWhere(
  organizationId: string,
  input: DocumentListInput,
  now: Date,
): Prisma.ComplianceDocumentWhereInput {
  const and: Prisma.ComplianceDocumentWhereInput[] = []
  if (input.status) and.push({ versions: { some: { status: input.status } } })
  if (input.expiringWithinDays !== undefined) {
    const until = new Date(now.getTime() + input.expiringWithinDays * DAY_MS)
    and.push({ versions: { some: { status: 'APPROVED', expiresAt: { lte: until } } } })
  }
  if (input.propertyId) and.push({ OR: [{ propertyId: null }, { propertyId: input.propertyId }] })
  return {
    organizationId,
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.includeArchived ? {} : { archivedAt: null }),
    AND: and,
  }
}

/** The organization's documents by code, with filters (CDOC6: COMPLIANCE read). */
export async function listDocuments(
  prisma: PrismaClient,
  actor: Actor,
  input: DocumentListInput,
): Promise<DocumentSummary[]> {
  const now = new Date()
  const documents = await prisma.complianceDocument.findMany({
    where: listWhere(actor.organizationId, input, now),
    include: {
      versions: {
        select: {
          id: true,
          version: true,
          status: true,
          approvedAt: true,
          effectiveFrom: true,
          expiresAt: true,
        },
        orderBy: { version: 'desc' },
      },
    },
    orderBy: [{ code: 'asc' }],
    take: 500,
  })
  const approvedIds = documents.flatMap((d) => approvedVersionOf(d.versions)?.id ?? [])
  const [members, acks] = await Promise.all([
    loadMembers(prisma, actor.organizationId),
    loadAcks(prisma, approvedIds),
  ])
  return documents.map((document) => summaryOf(document, members, acks, now))
}

/** One document as the caller may see it (CDOC7); AUTH.FORBIDDEN when not for them. */
export async function getDocument(
  prisma: PrismaClient,
  member: DocumentMember,
  documentId: string,
): Promise<DocumentDetail> {
  const document = await loadDocument(prisma, member, documentId)
  const readable =
    approvedVersionOf(document.versions) !== null && document.archivedAt === null
      ? 'APPROVED'
      : 'OTHER'
  if (!canReadDocument(member.role, document.requiredAckRoles, readable)) {
    throw new DomainError(
      'AUTH.FORBIDDEN',
      'Your role may open only approved documents it must acknowledge.',
      { role: member.role, area: 'COMPLIANCE', action: 'read' },
    )
  }
  return detailOf(prisma, member, document, new Date())
}
