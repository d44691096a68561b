// Where layout Y.Docs live in PostgreSQL: a compacted state (LayoutDocument.state) plus an
// append-only log of updates (LayoutDocumentUpdate, ordered by seq). Loading applies the
// state and every logged update; compaction folds the log into the state.
import { isUniqueViolation, type PrismaClient } from '@growops/db'
import { parseLayoutDocumentName } from '@growops/domain'
import * as Y from 'yjs'

export interface StoredLayoutDocument {
  /** The compacted state, null when the document was never compacted. */
  state: Uint8Array | null
  /** Updates logged after the state, oldest first. */
  updates: Uint8Array[]
}

/** The storage the persistence extension writes to; tests wrap it to inject failures. */
export interface LayoutDocumentStore {
  load(documentName: string): Promise<StoredLayoutDocument>
  /** Appends one (merged) update to the document's log, creating the document row first. */
  append(documentName: string, update: Uint8Array): Promise<void>
  /** Folds the logged updates into the state; answers how many log rows were merged. */
  compact(documentName: string): Promise<number>
}

/** A buffer Prisma accepts for a Bytes column (it wants an ArrayBuffer-backed array). */
function bytes(update: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(update)
}

export function createPrismaLayoutStore(prisma: PrismaClient): LayoutDocumentStore {
  // Document ids never change once created, so one lookup per document and process.
  const documentIds = new Map<string, string>()

  async function documentIdFor(documentName: string): Promise<string> {
    const known = documentIds.get(documentName)
    if (known) return known
    const parsed = parseLayoutDocumentName(documentName)
    if (!parsed) throw new Error(`Not a layout document: ${documentName.slice(0, 80)}`)
    const upsert = () =>
      prisma.layoutDocument.upsert({
        where: { name: documentName },
        update: {},
        create: { name: documentName, propertyId: parsed.propertyId },
        select: { id: true },
      })
    // Two instances storing a new document at once: the loser of the insert finds the row.
    const row = await upsert().catch((error: unknown) => {
      if (isUniqueViolation(error)) return upsert()
      throw error
    })
    documentIds.set(documentName, row.id)
    return row.id
  }

  return {
    async load(documentName) {
      // One snapshot for both reads: a compaction committing between them would otherwise
      // show the old state without the log rows it just merged.
      const [document, updates] = await prisma.$transaction(
        [
          prisma.layoutDocument.findUnique({
            where: { name: documentName },
            select: { id: true, state: true },
          }),
          prisma.layoutDocumentUpdate.findMany({
            where: { document: { name: documentName } },
            orderBy: { seq: 'asc' },
            select: { update: true },
          }),
        ],
        { isolationLevel: 'RepeatableRead' },
      )
      if (document) documentIds.set(documentName, document.id)
      return { state: document?.state ?? null, updates: updates.map((row) => row.update) }
    },

    async append(documentName, update) {
      const documentId = await documentIdFor(documentName)
      await prisma.layoutDocumentUpdate.create({ data: { documentId, update: bytes(update) } })
    },

    async compact(documentName) {
      return prisma.$transaction(
        async (tx) => {
          // FOR UPDATE on the document row serializes compactions across instances, and it
          // conflicts with the FOR KEY SHARE lock each log insert takes on its parent row:
          // an append in flight commits before we read the log, later ones wait for our
          // commit. So every row with seq <= lastSeq below was read and merged.
          const locked = await tx.$queryRaw<{ id: string }[]>`
            SELECT id FROM "LayoutDocument" WHERE name = ${documentName} FOR UPDATE`
          const documentId = locked[0]?.id
          if (!documentId) return 0
          const document = await tx.layoutDocument.findUniqueOrThrow({
            where: { id: documentId },
            select: { state: true },
          })
          const rows = await tx.layoutDocumentUpdate.findMany({
            where: { documentId },
            orderBy: { seq: 'asc' },
            select: { seq: true, update: true },
          })
          const lastSeq = rows.at(-1)?.seq
          if (lastSeq === undefined) return 0
          // Applying to a Y.Doc (not just mergeUpdates) lets Yjs drop deleted content.
          const merged = new Y.Doc()
          const parts = rows.map((row) => row.update)
          if (document.state) parts.unshift(document.state)
          Y.applyUpdate(merged, Y.mergeUpdates(parts))
          const state = Y.encodeStateAsUpdate(merged)
          merged.destroy()
          await tx.layoutDocument.update({
            where: { id: documentId },
            data: { state: bytes(state), compactedAt: new Date() },
          })
          await tx.layoutDocumentUpdate.deleteMany({ where: { documentId, seq: { lte: lastSeq } } })
          return rows.length
        },
        // Background work: it may wait for a pooled connection rather than give up.
        { maxWait: 10_000, timeout: 30_000 },
      )
    },
  }
}
