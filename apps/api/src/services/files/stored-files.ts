// Stored files: the bytes go to the FileStore, the facts (who, what, size, SHA-256) to a
// StoredFile row of the uploader's organization. Reading checks the organization and the hash,
// so a file is never served to another organization nor served changed.
import { createHash, randomUUID } from 'node:crypto'
import type { PrismaClient, StoredFile, TransactionClient } from '@growops/db'
import {
  DomainError,
  MAX_STORED_FILE_BYTES,
  StoredFileContentTypeSchema,
  StoredFileNameSchema,
  STORED_FILE_CONTENT_TYPES,
  type StoredFileSummary,
} from '@growops/domain'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import type { FileStore } from './file-store.ts'

/** Who stores or reads a file: a member of the organization it belongs to. */
export interface FileActor {
  userId: string
  organizationId: string
}

export interface NewStoredFile {
  fileName: string
  contentType: string
  bytes: Uint8Array
}

export function sha256OfBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function storedFileSummary(row: StoredFile): StoredFileSummary {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: StoredFileContentTypeSchema.parse(row.contentType),
    byteSize: row.byteSize,
  }
}

function validate(input: NewStoredFile): { fileName: string; contentType: string } {
  const contentType = StoredFileContentTypeSchema.safeParse(input.contentType)
  if (!contentType.success) {
    throw new DomainError(
      'FILE.UNSUPPORTED_TYPE',
      `Files of type ${input.contentType} are not accepted.`,
      {
        contentType: input.contentType,
        accepted: [...STORED_FILE_CONTENT_TYPES],
      },
    )
  }
  if (input.bytes.byteLength > MAX_STORED_FILE_BYTES) {
    throw new DomainError('FILE.TOO_LARGE', 'Files can be at most 10 MB.', {
      byteSize: input.bytes.byteLength,
      maxBytes: MAX_STORED_FILE_BYTES,
    })
  }
  const fileName = StoredFileNameSchema.safeParse(input.fileName)
  if (!fileName.success) {
    throw new DomainError(
      'VALIDATION.FAILED',
      fileName.error.issues[0]?.message ?? 'Bad file name.',
      {
        fieldErrors: { fileName: fileName.error.issues.map((issue) => issue.message) },
      },
    )
  }
  return { fileName: fileName.data, contentType: contentType.data }
}

/**
 * Stores `bytes` and records them: the bytes first (under a fresh key), then the row and its
 * audit entry in one transaction. If the row cannot be written the bytes are removed again.
 */
export async function saveStoredFile(
  prisma: PrismaClient,
  store: FileStore,
  actor: FileActor,
  input: NewStoredFile,
): Promise<StoredFile> {
  const { fileName, contentType } = validate(input)
  const id = randomUUID()
  const storageKey = `${actor.organizationId}/${id}`
  const sha256 = sha256OfBytes(input.bytes)
  await store.put(storageKey, input.bytes)
  try {
    return await prisma.$transaction(async (tx) => {
      const row = await tx.storedFile.create({
        data: {
          id,
          organizationId: actor.organizationId,
          uploadedById: actor.userId,
          fileName,
          contentType,
          byteSize: input.bytes.byteLength,
          sha256,
          storageKey,
        },
      })
      await appendAuditEntry(tx, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'file.upload',
        entityType: 'StoredFile',
        entityId: row.id,
        after: { fileName, contentType, byteSize: row.byteSize, sha256 },
      })
      return row
    })
  } catch (error) {
    await store.remove(storageKey).catch(() => undefined)
    throw error
  }
}

/** A stored file of the actor's organization; NOT_FOUND for any other (never says whose). */
export async function loadStoredFile(
  db: PrismaClient | TransactionClient,
  actor: Pick<FileActor, 'organizationId'>,
  fileId: string,
): Promise<StoredFile> {
  const row = await db.storedFile.findFirst({
    where: { id: fileId, organizationId: actor.organizationId },
  })
  if (!row) throw new DomainError('NOT_FOUND', 'No such file.', { fileId })
  return row
}

/** The file and its bytes, checked against the recorded SHA-256 (FILE.DAMAGED otherwise). */
export async function openStoredFile(
  prisma: PrismaClient,
  store: FileStore,
  actor: Pick<FileActor, 'organizationId'>,
  fileId: string,
): Promise<{ file: StoredFile; bytes: Uint8Array }> {
  const file = await loadStoredFile(prisma, actor, fileId)
  const bytes = await store.get(file.storageKey)
  if (!bytes || bytes.byteLength !== file.byteSize || sha256OfBytes(bytes) !== file.sha256) {
    throw new DomainError('FILE.DAMAGED', 'The stored bytes do not match what was uploaded.', {
      fileId,
    })
  }
  return { file, bytes }
}

/** The organization of a file the user is a member of; null for any other file or none. */
export async function storedFileOrganizationFor(
  prisma: PrismaClient,
  userId: string,
  fileId: string,
): Promise<string | null> {
  const row = await prisma.storedFile.findFirst({
    where: { id: fileId, organization: { memberships: { some: { userId } } } },
    select: { organizationId: true },
  })
  return row?.organizationId ?? null
}
