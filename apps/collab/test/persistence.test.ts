// Persistence with real servers and providers: updates are appended as they arrive, the log
// is compacted, a restart loses nothing, documents unload after their last client, and a
// failing store keeps the document loaded and retries.
import { isDeepStrictEqual } from 'node:util'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Server } from '@hocuspocus/server'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { LAYOUT_YDOC } from '@growops/domain'
import * as Y from 'yjs'
import type { PersistenceSettings } from '../src/extensions/persistence.ts'
import { createPrismaLayoutStore } from '../src/persistence/layout-document-store.ts'
import { createCollabServer } from '../src/server.ts'
import { createLayoutFixture, waitFor, type LayoutFixture } from './utils/layout-fixture.ts'
import { connect, type ConnectedProvider } from './utils/providers.ts'

let db: TestDatabase
const servers: Server[] = []
const clients: ConnectedProvider[] = []
let fixtureCount = 0

beforeAll(async () => {
  db = await createTestDatabase()
})

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await Promise.all(servers.splice(0).map((server) => server.destroy()))
})

afterAll(async () => {
  await db.drop()
})

async function fixture(): Promise<LayoutFixture> {
  return createLayoutFixture(db.prisma, `persist-${++fixtureCount}`)
}

async function startServer(persistence: Partial<PersistenceSettings> = {}): Promise<Server> {
  const server = createCollabServer({
    prisma: db.prisma,
    host: '127.0.0.1',
    port: 0,
    persistence: { retryInitialMs: 50, retryMaxMs: 200, log: () => undefined, ...persistence },
  })
  await server.listen()
  servers.push(server)
  return server
}

async function stopServer(server: Server): Promise<void> {
  servers.splice(servers.indexOf(server), 1)
  await server.destroy()
}

async function editor(server: Server, layout: LayoutFixture, token = layout.editorToken) {
  const client = connect(server.webSocketURL, layout.documentName, { token })
  clients.push(client)
  expect((await client.outcome).result).toBe('synced')
  return { client, records: client.provider.document.getMap<unknown>(LAYOUT_YDOC.records) }
}

/** Leaves once the server acknowledged every local change (as a closing tab would hope). */
async function leave(client: ConnectedProvider): Promise<void> {
  await waitFor(() => !client.provider.hasUnsyncedChanges, 5000, 'the server to acknowledge')
  disconnect(client)
}

function disconnect(client: ConnectedProvider): void {
  clients.splice(clients.indexOf(client), 1)
  client.destroy()
}

function shape(id: string, x: number) {
  return { id: `shape:${id}`, typeName: 'shape', type: 'gw-room', x, y: 0, props: { code: id } }
}

async function metricsOf(server: Server): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.httpURL}/metrics`)
  return (await response.json()) as Record<string, unknown>
}

async function logRows(documentName: string): Promise<number> {
  return db.prisma.layoutDocumentUpdate.count({ where: { document: { name: documentName } } })
}

/** The document as a new server would build it from the database. */
async function storedRecords(documentName: string): Promise<Record<string, unknown>> {
  const stored = await createPrismaLayoutStore(db.prisma).load(documentName)
  const doc = new Y.Doc()
  for (const part of [stored.state, ...stored.updates]) if (part) Y.applyUpdate(doc, part)
  return doc.getMap(LAYOUT_YDOC.records).toJSON()
}

describe('collab persistence', () => {
  it('two clients converge, including concurrent edits of one record', async () => {
    const layout = await fixture()
    const server = await startServer()
    const a = await editor(server, layout)
    const b = await editor(server, layout)
    a.records.set('shape:a', shape('a', 1))
    b.records.set('shape:b', shape('b', 2))
    a.records.set('shape:both', shape('from-a', 3))
    b.records.set('shape:both', shape('from-b', 4))
    await waitFor(
      () => a.records.size === 3 && isDeepStrictEqual(a.records.toJSON(), b.records.toJSON()),
      5000,
      'convergence',
    )
    expect(a.records.get('shape:both')).toEqual(b.records.get('shape:both'))
  })

  it('appends each update to the log within the flush window, while the client stays', async () => {
    const layout = await fixture()
    const server = await startServer({ flushDelayMs: 100 })
    const { records } = await editor(server, layout)
    const before = Date.now()
    records.set('shape:r1', shape('r1', 10))
    await waitFor(async () => (await logRows(layout.documentName)) > 0, 3000, 'a log row')
    const elapsed = Date.now() - before
    expect(elapsed).toBeLessThan(1000)
    const row = await db.prisma.layoutDocument.findUniqueOrThrow({
      where: { name: layout.documentName },
    })
    expect(row.propertyId).toBe(layout.propertyId)
    expect(await storedRecords(layout.documentName)).toEqual({ 'shape:r1': shape('r1', 10) })
    expect(server.hocuspocus.getDocumentsCount()).toBe(1)
  })

  it('a restart loses nothing: a new server on the same database serves the same document', async () => {
    const layout = await fixture()
    const first = await startServer()
    const { client, records } = await editor(first, layout)
    for (let i = 0; i < 20; i++) records.set(`shape:s${i}`, shape(`s${i}`, i))
    records.delete('shape:s3')
    const expected = records.toJSON()
    await leave(client)
    await stopServer(first)

    const second = await startServer()
    const reader = await editor(second, layout)
    expect(reader.records.toJSON()).toEqual(expected)
  })

  it('documents unload after the last client leaves, once stored and compacted', async () => {
    const layout = await fixture()
    const server = await startServer()
    const a = await editor(server, layout)
    const b = await editor(server, layout)
    a.records.set('shape:u1', shape('u1', 1))
    await waitFor(() => b.records.has('shape:u1'))
    disconnect(a.client)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(server.hocuspocus.getDocumentsCount()).toBe(1)
    disconnect(b.client)
    await waitFor(() => server.hocuspocus.getDocumentsCount() === 0, 5000, 'the unload')
    // Unloading compacts: the state holds everything and the log is empty.
    await waitFor(async () => (await logRows(layout.documentName)) === 0, 5000, 'compaction')
    const row = await db.prisma.layoutDocument.findUniqueOrThrow({
      where: { name: layout.documentName },
    })
    expect(row.state).not.toBeNull()
    expect(row.compactedAt).not.toBeNull()
    expect(await storedRecords(layout.documentName)).toEqual({ 'shape:u1': shape('u1', 1) })
  })

  it('compacts the log in the background while the document is open', async () => {
    const layout = await fixture()
    const server = await startServer({ flushDelayMs: 10, compactAfterRows: 5 })
    const { records } = await editor(server, layout)
    for (let i = 0; i < 12; i++) {
      records.set(`shape:c${i}`, shape(`c${i}`, i))
      await new Promise((resolve) => setTimeout(resolve, 30))
    }
    await waitFor(
      async () =>
        (await metricsOf(server)).compactions !== 0 && (await logRows(layout.documentName)) < 12,
      5000,
      'a compaction',
    )
    expect(server.hocuspocus.getDocumentsCount()).toBe(1)
    await waitFor(async () => Object.keys(await storedRecords(layout.documentName)).length === 12)
    expect(await storedRecords(layout.documentName)).toEqual(records.toJSON())
  })

  it('does not store edits of a read-only member', async () => {
    const layout = await fixture()
    const server = await startServer({ flushDelayMs: 20 })
    const owner = await editor(server, layout)
    const viewer = await editor(server, layout, layout.viewerToken)
    viewer.records.set('shape:viewer', shape('viewer', 1))
    owner.records.set('shape:owner', shape('owner', 2))
    await waitFor(() => viewer.records.has('shape:owner'))
    await waitFor(async () => (await logRows(layout.documentName)) > 0)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await storedRecords(layout.documentName)).toEqual({ 'shape:owner': shape('owner', 2) })
  })

  it('a failing store keeps the updates and the document, retries with backoff, then stores', async () => {
    const layout = await fixture()
    const real = createPrismaLayoutStore(db.prisma)
    let failuresLeft = 4
    const server = await startServer({
      flushDelayMs: 20,
      retryInitialMs: 100,
      retryMaxMs: 400,
      store: {
        load: (name) => real.load(name),
        compact: (name) => real.compact(name),
        async append(name, update) {
          if (failuresLeft > 0) {
            failuresLeft--
            throw new Error('database unavailable (injected)')
          }
          await real.append(name, update)
        },
      },
    })
    const { client, records } = await editor(server, layout)
    records.set('shape:f1', shape('f1', 1))
    await waitFor(async () => (await metricsOf(server)).storeFailures === 1)
    records.set('shape:f2', shape('f2', 2))
    await leave(client)
    // Nobody is connected, but the unstored updates keep the document in memory.
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(server.hocuspocus.getDocumentsCount()).toBe(1)
    const during = await metricsOf(server)
    expect(during.pendingUpdates).not.toBe(0)
    expect(during.documentsWithUnstoredUpdates).toBe(1)

    await waitFor(() => server.hocuspocus.getDocumentsCount() === 0, 10_000, 'stored and unloaded')
    const after = await metricsOf(server)
    expect(after.storeFailures).toBe(4)
    expect(after.pendingUpdates).toBe(0)
    expect(after.lastStoredAt).not.toBeNull()
    expect(await storedRecords(layout.documentName)).toEqual({
      'shape:f1': shape('f1', 1),
      'shape:f2': shape('f2', 2),
    })
  })

  it('graceful shutdown stores every pending update before destroy() resolves, even through failures', async () => {
    const layout = await fixture()
    const real = createPrismaLayoutStore(db.prisma)
    let failuresLeft = 2
    const server = await startServer({
      // Nothing but the shutdown stores within this test.
      flushDelayMs: 60_000,
      store: {
        load: (name) => real.load(name),
        compact: (name) => real.compact(name),
        async append(name, update) {
          if (failuresLeft-- > 0) throw new Error('database unavailable (injected)')
          await real.append(name, update)
        },
      },
    })
    const { client, records } = await editor(server, layout)
    records.set('shape:g1', shape('g1', 1))
    records.set('shape:g2', shape('g2', 2))
    await waitFor(() => !client.provider.hasUnsyncedChanges, 5000, 'the server to acknowledge')
    expect(await logRows(layout.documentName)).toBe(0)
    await stopServer(server) // the client is still connected
    expect(failuresLeft).toBeLessThan(0)
    expect(await storedRecords(layout.documentName)).toEqual({
      'shape:g1': shape('g1', 1),
      'shape:g2': shape('g2', 2),
    })
  })

  it('answers /metrics with documents, connections and the store state', async () => {
    const layout = await fixture()
    const server = await startServer()
    await editor(server, layout)
    expect(await metricsOf(server)).toMatchObject({
      service: 'collab',
      documents: 1,
      connections: 1,
      pendingUpdates: 0,
      storeFailures: 0,
    })
  })
})
