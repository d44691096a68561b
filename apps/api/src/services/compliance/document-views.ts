// How documents and versions are answered: plain JSON (ISO dates), with the approved and the
// open version, expiry status (CDOC9), acknowledgement counts (CDOC8) and, per version, the
// actions the caller may take (CDOC6), so the web shows exactly what the api allows.
import type { PrismaClient, Role, TransactionClient } from '@growops/db'
import {
  acknowledgementProgress,
  allowedVersionActions,
  approvedVersionOf,
  canPerform,
  expiryStatus,
  openVersionOf,
  StoredFileContentTypeSchema,
  type ComplianceDocumentKind,
  type DocumentVersionAction,
  type DocumentVersionStatus,
  type ExpiryStatus,
  type StoredFileSummary,
} from '@growops/domain'
import type { DocumentMember, DocumentWithVersions, VersionRow } from './document-records.ts'

type Db = PrismaClient | TransactionClient

export interface Person {
  id: string
  name: string
}

export interface DocumentSummary {
  id: string
  kind: ComplianceDocumentKind
  code: string
  title: string
  issuer: string | null
  propertyId: string | null
  requiredAckRoles: Role[]
  archivedAt: string | null
  updatedAt: string
  approved: {
    id: string
    version: number
    approvedAt: string | null
    effectiveFrom: string | null
    expiresAt: string | null
  } | null
  open: { id: string; version: number; status: DocumentVersionStatus } | null
  expiry: ExpiryStatus
  /** Of the approved version; zeros without one. */
  acknowledgements: { required: number; acknowledged: number }
}

export interface VersionView {
  id: string
  version: number
  status: DocumentVersionStatus
  body: string | null
  file: StoredFileSummary | null
  changeSummary: string | null
  effectiveFrom: string | null
  expiresAt: string | null
  createdBy: Person
  createdAt: string
  submittedBy: Person | null
  submittedAt: string | null
  reviewNote: string | null
  approvedBy: Person | null
  approvedAt: string | null
  supersededAt: string | null
  /** What the caller may do to it now (CDOC2, CDOC5, CDOC6). */
  actions: DocumentVersionAction[]
}

export interface DocumentDetail extends DocumentSummary {
  createdBy: Person
  createdAt: string
  /** Newest first; a member without COMPLIANCE access sees only the approved one (CDOC7). */
  versions: VersionView[]
  /** Whether the caller must acknowledge the approved version, and when they did. */
  myAcknowledgement: { required: boolean; acknowledgedAt: string | null }
  /** Whether the caller may start a new draft now (CDOC4) and archive (CDOC6). */
  canCreateVersion: boolean
  canArchive: boolean
}

export function isoOrNull(date: Date | null): string | null {
  return date?.toISOString() ?? null
}

export interface MemberRow {
  userId: string
  role: Role
  name: string
  email: string
}

/** The organization's members with their roles, by name. */
export async function loadMembers(db: Db, organizationId: string): Promise<MemberRow[]> {
  const rows = await db.membership.findMany({
    where: { organizationId },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: 'asc' } },
  })
  return rows.map((row) => ({
    userId: row.user.id,
    role: row.role,
    name: row.user.name,
    email: row.user.email,
  }))
}

/** Acknowledgements of the given versions, by version id. */
export async function loadAcks(
  db: Db,
  versionIds: readonly string[],
): Promise<Map<string, { userId: string; acknowledgedAt: Date }[]>> {
  const rows = await db.documentAcknowledgment.findMany({
    where: { versionId: { in: [...versionIds] } },
    select: { versionId: true, userId: true, acknowledgedAt: true },
  })
  const byVersion = new Map<string, { userId: string; acknowledgedAt: Date }[]>()
  for (const row of rows) {
    const list = byVersion.get(row.versionId) ?? []
    list.push({ userId: row.userId, acknowledgedAt: row.acknowledgedAt })
    byVersion.set(row.versionId, list)
  }
  return byVersion
}

export async function loadNames(db: Db, userIds: Iterable<string>): Promise<Map<string, Person>> {
  const ids = [...new Set(userIds)]
  if (ids.length === 0) return new Map()
  const users = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
  })
  return new Map(users.map((user) => [user.id, user]))
}

function personOf(names: Map<string, Person>, id: string): Person {
  return names.get(id) ?? { id, name: '(removed)' }
}

type SummarySource = Omit<DocumentWithVersions, 'versions'> & {
  versions: Pick<
    VersionRow,
    'id' | 'version' | 'status' | 'approvedAt' | 'effectiveFrom' | 'expiresAt'
  >[]
}

export function summaryOf(
  document: SummarySource,
  members: readonly MemberRow[],
  acks: Map<string, { userId: string; acknowledgedAt: Date }[]>,
  now: Date,
): DocumentSummary {
  const approved = approvedVersionOf(document.versions)
  const open = openVersionOf(document.versions)
  const progress = approved
    ? acknowledgementProgress(members, acks.get(approved.id) ?? [], document.requiredAckRoles)
    : null
  return {
    id: document.id,
    kind: document.kind,
    code: document.code,
    title: document.title,
    issuer: document.issuer,
    propertyId: document.propertyId,
    requiredAckRoles: document.requiredAckRoles,
    archivedAt: isoOrNull(document.archivedAt),
    updatedAt: document.updatedAt.toISOString(),
    approved: approved && {
      id: approved.id,
      version: approved.version,
      approvedAt: isoOrNull(approved.approvedAt),
      effectiveFrom: isoOrNull(approved.effectiveFrom),
      expiresAt: isoOrNull(approved.expiresAt),
    },
    open: open && { id: open.id, version: open.version, status: open.status },
    expiry: expiryStatus(approved?.expiresAt ?? null, now),
    acknowledgements: {
      required: progress?.required ?? 0,
      acknowledged: progress?.acknowledged.length ?? 0,
    },
  }
}

function fileOf(file: VersionRow['file']): StoredFileSummary | null {
  if (!file) return null
  const contentType = StoredFileContentTypeSchema.safeParse(file.contentType)
  return {
    id: file.id,
    fileName: file.fileName,
    contentType: contentType.success ? contentType.data : 'text/plain',
    byteSize: file.byteSize,
  }
}

export function versionViewOf(
  version: VersionRow,
  names: Map<string, Person>,
  member: DocumentMember,
  archived: boolean,
): VersionView {
  return {
    id: version.id,
    version: version.version,
    status: version.status,
    body: version.body,
    file: fileOf(version.file),
    changeSummary: version.changeSummary,
    effectiveFrom: isoOrNull(version.effectiveFrom),
    expiresAt: isoOrNull(version.expiresAt),
    createdBy: personOf(names, version.createdById),
    createdAt: version.createdAt.toISOString(),
    submittedBy: version.submittedById ? personOf(names, version.submittedById) : null,
    submittedAt: isoOrNull(version.submittedAt),
    reviewNote: version.reviewNote,
    approvedBy: version.approvedById ? personOf(names, version.approvedById) : null,
    approvedAt: isoOrNull(version.approvedAt),
    supersededAt: isoOrNull(version.supersededAt),
    actions: allowedVersionActions(member, version, { archived }),
  }
}

/** A document as its page shows it; `versions` already filtered to what the member may read. */
export async function detailOf(
  db: Db,
  member: DocumentMember,
  document: DocumentWithVersions,
  now: Date,
): Promise<DocumentDetail> {
  const members = await loadMembers(db, member.organizationId)
  const approved = approvedVersionOf(document.versions)
  const acks = await loadAcks(db, approved ? [approved.id] : [])
  const fullReader = canPerform(member.role, 'read', 'COMPLIANCE')
  const visible = fullReader ? document.versions : approved ? [approved] : []
  const names = await loadNames(
    db,
    [
      document.createdById,
      ...visible.flatMap((v) => [v.createdById, v.submittedById, v.approvedById]),
    ].filter((id): id is string => id !== null),
  )
  const archived = document.archivedAt !== null
  const writer = canPerform(member.role, 'write', 'COMPLIANCE') && !archived
  const myAck = approved
    ? (acks.get(approved.id) ?? []).find((ack) => ack.userId === member.userId)
    : undefined
  return {
    ...summaryOf(document, members, acks, now),
    createdBy: personOf(names, document.createdById),
    createdAt: document.createdAt.toISOString(),
    versions: visible.map((version) => versionViewOf(version, names, member, archived)),
    myAcknowledgement: {
      required: approved !== null && !archived && document.requiredAckRoles.includes(member.role),
      acknowledgedAt: isoOrNull(myAck?.acknowledgedAt ?? null),
    },
    canCreateVersion: writer && openVersionOf(document.versions) === null,
    canArchive: writer,
  }
}
