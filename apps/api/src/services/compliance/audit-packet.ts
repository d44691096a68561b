// The audit packet (CDOC11, CDOC12): one zip for an inspector with the documents in force in a
// range (text and stored file), their index, the audit log, plant moves by room and the visitor
// log, and a README manifest with counts and SHA-256 sums. Entries are produced one after the
// other as the zip is read; only the plant moves of the range are held at once (to group them).
import type { PrismaClient } from '@growops/db'
import {
  acknowledgementProgress,
  documentsCsv,
  documentVersionPaths,
  DomainError,
  groupMovesByRoom,
  isDomainError,
  locationHistoryCsv,
  packetManifest,
  packetPathSegment,
  resolveAuditRange,
  visitorLogCsv,
  type AuditPacketQuery,
  type DocumentsCsvRow,
  type PacketRange,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { streamAuditCsv } from '../audit/stream-audit-csv.ts'
import type { FileStore } from '../files/file-store.ts'
import { openStoredFile } from '../files/stored-files.ts'
import { loadMembers, loadNames } from './document-views.ts'
import { zipEntries, type ZipEntrySource, type ZippedEntry } from './zip-stream.ts'

export interface AuditPacket {
  fileName: string
  /** The zip's bytes, produced as they are read. */
  body: AsyncGenerator<Uint8Array, void, undefined>
}

interface PacketScope {
  actor: Actor
  organization: { name: string; slug: string }
  property: { id: string; code: string } | null
  range: PacketRange
}

// A type (not an interface) so it passes as the manifest's Record<string, number>.
type Counts = {
  documents: number
  documentVersions: number
  documentFiles: number
  documentFilesUnreadable: number
  auditEntries: number
  plantMoves: number
  plantMoveRooms: number
  visits: number
}

async function loadPacketVersions(prisma: PrismaClient, scope: PacketScope) {
  return prisma.complianceDocumentVersion.findMany({
    where: {
      status: { in: ['APPROVED', 'SUPERSEDED'] },
      approvedAt: { lt: scope.range.to },
      OR: [{ supersededAt: null }, { supersededAt: { gte: scope.range.from } }],
      document: {
        organizationId: scope.actor.organizationId,
        ...(scope.property
          ? { OR: [{ propertyId: null }, { propertyId: scope.property.id }] }
          : {}),
      },
    },
    include: {
      document: { select: { code: true, kind: true, title: true, requiredAckRoles: true } },
      file: { select: { id: true, fileName: true } },
      acknowledgments: { select: { userId: true, acknowledgedAt: true } },
    },
    orderBy: [{ document: { code: 'asc' } }, { version: 'asc' }],
  })
}

/** `documents/…` entries, then `documents.csv`. */
async function* documentEntries(
  prisma: PrismaClient,
  files: FileStore,
  scope: PacketScope,
  counts: Counts,
): AsyncGenerator<ZipEntrySource> {
  const versions = await loadPacketVersions(prisma, scope)
  const members = await loadMembers(prisma, scope.actor.organizationId)
  const names = await loadNames(
    prisma,
    versions
      .flatMap((v) => [v.submittedById, v.approvedById])
      .filter((id): id is string => id !== null),
  )
  const rows: DocumentsCsvRow[] = []
  counts.documents = new Set(versions.map((v) => v.documentId)).size
  counts.documentVersions = versions.length
  for (const version of versions) {
    const paths = documentVersionPaths(
      version.document.code,
      version.version,
      version.file?.fileName ?? null,
    )
    const written: string[] = []
    if (version.body !== null) {
      written.push(paths.body)
      yield { path: paths.body, chunks: [version.body] }
    }
    if (version.file && paths.file) {
      const bytes = await readFileOrNull(prisma, files, scope.actor.organizationId, version.file.id)
      if (bytes) {
        counts.documentFiles += 1
        written.push(paths.file)
        yield { path: paths.file, chunks: [bytes] }
      } else {
        // A damaged or missing file must not cost the inspector the rest of the packet.
        counts.documentFilesUnreadable += 1
        const note = `${paths.file}.UNREADABLE.txt`
        written.push(note)
        yield {
          path: note,
          chunks: [
            `The stored file "${version.file.fileName}" (id ${version.file.id}) could not be read or did not match its recorded SHA-256 when this packet was made.\n`,
          ],
        }
      }
    }
    const progress = acknowledgementProgress(
      members,
      version.acknowledgments,
      version.document.requiredAckRoles,
    )
    rows.push({
      code: version.document.code,
      kind: version.document.kind,
      title: version.document.title,
      version: version.version,
      status: version.status,
      effectiveFrom: version.effectiveFrom,
      expiresAt: version.expiresAt,
      submittedBy: version.submittedById
        ? (names.get(version.submittedById)?.name ?? version.submittedById)
        : null,
      submittedAt: version.submittedAt,
      approvedBy: version.approvedById
        ? (names.get(version.approvedById)?.name ?? version.approvedById)
        : null,
      approvedAt: version.approvedAt,
      supersededAt: version.supersededAt,
      requiredAckRoles: version.document.requiredAckRoles,
      acknowledged: progress.acknowledged.length,
      required: progress.required,
      files: written,
    })
  }
  yield { path: 'documents.csv', chunks: [documentsCsv(rows)] }
}

async function readFileOrNull(
  prisma: PrismaClient,
  files: FileStore,
  organizationId: string,
  fileId: string,
): Promise<Uint8Array | null> {
  try {
    return (await openStoredFile(prisma, files, { organizationId }, fileId)).bytes
  } catch (error) {
    if (isDomainError(error) && (error.code === 'FILE.DAMAGED' || error.code === 'NOT_FOUND')) {
      return null
    }
    throw error
  }
}

/** `plant-location-history/<room>.csv`, one per room moved into or out of in the range. */
async function* locationHistoryEntries(
  prisma: PrismaClient,
  scope: PacketScope,
  counts: Counts,
): AsyncGenerator<ZipEntrySource> {
  const prefix = scope.property ? `${scope.property.code}.` : null
  const rows = await prisma.plantLocationHistory.findMany({
    where: {
      plant: { organizationId: scope.actor.organizationId },
      movedAt: { gte: scope.range.from, lt: scope.range.to },
      ...(prefix
        ? { OR: [{ fromAddress: { startsWith: prefix } }, { toAddress: { startsWith: prefix } }] }
        : {}),
    },
    select: {
      movedAt: true,
      fromAddress: true,
      toAddress: true,
      reason: true,
      movedById: true,
      plant: { select: { tagNumber: true } },
    },
    orderBy: [{ movedAt: 'asc' }, { id: 'asc' }],
  })
  const names = await loadNames(
    prisma,
    rows.flatMap((row) => (row.movedById ? [row.movedById] : [])),
  )
  const moves = rows.map((row) => ({
    movedAt: row.movedAt,
    fromAddress: row.fromAddress,
    toAddress: row.toAddress,
    reason: row.reason,
    plantTag: row.plant.tagNumber,
    movedBy: row.movedById ? (names.get(row.movedById)?.name ?? row.movedById) : null,
  }))
  const rooms = groupMovesByRoom(moves)
  counts.plantMoves = moves.length
  for (const [room, entries] of rooms) {
    // A move out of another property's room is listed only under this property's room.
    if (prefix && !room.startsWith(prefix)) continue
    counts.plantMoveRooms += 1
    yield {
      path: `plant-location-history/${packetPathSegment(room)}.csv`,
      chunks: [locationHistoryCsv(entries)],
    }
  }
}

/** `visitor-log.csv` when visitors checked in during the range. */
async function* visitorEntries(
  prisma: PrismaClient,
  scope: PacketScope,
  counts: Counts,
): AsyncGenerator<ZipEntrySource> {
  const visits = await prisma.visit.findMany({
    where: {
      organizationId: scope.actor.organizationId,
      checkedInAt: { gte: scope.range.from, lt: scope.range.to },
      ...(scope.property ? { propertyId: scope.property.id } : {}),
    },
    include: {
      host: { select: { name: true } },
      property: { select: { code: true } },
    },
    orderBy: [{ checkedInAt: 'asc' }, { id: 'asc' }],
  })
  counts.visits = visits.length
  if (visits.length === 0) return
  yield {
    path: 'visitor-log.csv',
    chunks: [
      visitorLogCsv(
        visits.map((visit) => ({
          visitorName: visit.visitorName,
          company: visit.company,
          purpose: visit.purpose,
          property: visit.property.code,
          host: visit.host.name,
          status: visit.status,
          checkedInAt: visit.checkedInAt,
          checkedOutAt: visit.checkedOutAt,
          idCheckedAt: visit.idCheckedAt,
          safetyAgreedAt: visit.safetyAgreedAt,
        })),
      ),
    ],
  }
}

async function* packetEntries(
  prisma: PrismaClient,
  files: FileStore,
  scope: PacketScope,
  query: AuditPacketQuery,
  zipped: readonly ZippedEntry[],
): AsyncGenerator<ZipEntrySource> {
  const counts: Counts = {
    documents: 0,
    documentVersions: 0,
    documentFiles: 0,
    documentFilesUnreadable: 0,
    auditEntries: 0,
    plantMoves: 0,
    plantMoveRooms: 0,
    visits: 0,
  }
  yield* documentEntries(prisma, files, scope, counts)
  yield {
    path: 'audit-log.csv',
    chunks: streamAuditCsv(
      prisma,
      scope.actor,
      { from: query.from, to: query.to },
      {
        onPage: (rows) => {
          counts.auditEntries += rows
        },
      },
    ),
  }
  yield* locationHistoryEntries(prisma, scope, counts)
  yield* visitorEntries(prisma, scope, counts)
  // Last, so it can list every entry before it with its hash.
  yield {
    path: 'README.txt',
    chunks: [
      packetManifest({
        organization: scope.organization.name,
        property: scope.property?.code ?? null,
        range: scope.range,
        generatedAt: new Date(),
        counts,
        files: zipped,
      }),
    ],
  }
}

/**
 * Everything the download needs before its first byte: the scope (NOT_FOUND for a property of
 * another organization), the file name, and the lazily produced zip.
 */
export async function openAuditPacket(
  prisma: PrismaClient,
  files: FileStore,
  actor: Actor,
  query: AuditPacketQuery,
): Promise<AuditPacket> {
  const organization = await prisma.organization.findUnique({
    where: { id: actor.organizationId },
    select: { name: true, slug: true },
  })
  if (!organization) throw new DomainError('NOT_FOUND', 'This organization does not exist.')
  const property = query.propertyId
    ? await prisma.property.findFirst({
        where: { id: query.propertyId, organizationId: actor.organizationId },
        select: { id: true, code: true },
      })
    : null
  if (query.propertyId && !property) {
    throw new DomainError('NOT_FOUND', 'No such property in this organization.', {
      entity: 'Property',
      id: query.propertyId,
    })
  }
  const resolved = resolveAuditRange(query.from, query.to)
  const range = { from: resolved.from ?? new Date(0), to: resolved.to ?? new Date() }
  const scope: PacketScope = { actor, organization, property, range }
  const zipped: ZippedEntry[] = []
  const name = [
    'audit-packet',
    organization.slug,
    property?.code,
    query.from.slice(0, 10),
    query.to.slice(0, 10),
  ]
    .filter((part): part is string => Boolean(part))
    .map(packetPathSegment)
    .join('_')
  return {
    fileName: `${name}.zip`,
    body: zipEntries(packetEntries(prisma, files, scope, query, zipped), (entry) =>
      zipped.push(entry),
    ),
  }
}
