// Two collab instances joined by Redis serve one document: a client on each sees the other's
// edits, and each update is stored once (by the instance whose client made it).
import { randomBytes } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Server } from '@hocuspocus/server'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { LAYOUT_YDOC } from '@growops/domain'
import * as Y from 'yjs'
import { createPrismaLayoutStore } from '../src/persistence/layout-document-store.ts'
import { createCollabServer } from '../src/server.ts'
import { createLayoutFixture, waitFor, type LayoutFixture } from './utils/layout-fixture.ts'
import { connect, type ConnectedProvider } from './utils/providers.ts'

const REDIS_URL = 'redis://127.0.0.1:6379'

let db: TestDatabase
let layout: LayoutFixture
const servers: Server[] = []
const clients: ConnectedProvider[] = []

beforeAll(async () => {
  db = await createTestDatabase()
  layout = await createLayoutFixture(db.prisma, 'redis')
})

afterAll(async () => {
  for (const client of clients) client.destroy()
  await Promise.all(servers.map((server) => server.destroy()))
  await db.drop()
})

async function startInstance(prefix: string): Promise<Server> {
  const server = createCollabServer({
    prisma: db.prisma,
    host: '127.0.0.1',
    port: 0,
    redis: { url: REDIS_URL, prefix },
    persistence: { flushDelayMs: 200 },
  })
  await server.listen()
  servers.push(server)
  return server
}

async function editorOn(server: Server) {
  const client = connect(server.webSocketURL, layout.documentName, { token: layout.editorToken })
  clients.push(client)
  expect((await client.outcome).result).toBe('synced')
  return client.provider.document.getMap<unknown>(LAYOUT_YDOC.records)
}

async function storedRows(server: Server): Promise<number> {
  const metrics = (await (await fetch(`${server.httpURL}/metrics`)).json()) as {
    storedRows: number
  }
  return metrics.storedRows
}

describe('collab through Redis', () => {
  it('two instances converge, and each update is stored once', async () => {
    const prefix = `growops-test-${randomBytes(6).toString('hex')}`
    const one = await startInstance(prefix)
    const two = await startInstance(prefix)
    const a = await editorOn(one)
    const b = await editorOn(two)

    const flushed = () => new Promise((resolve) => setTimeout(resolve, 500))
    a.set('shape:from-one', { id: 'shape:from-one', x: 1 })
    await waitFor(() => b.has('shape:from-one'), 5000, 'instance two to receive the edit')
    await flushed()
    b.set('shape:from-two', { id: 'shape:from-two', x: 2 })
    await waitFor(() => a.has('shape:from-two'), 5000, 'instance one to receive the edit')
    await flushed()
    // Each instance stored its own client's update only: a relayed one would be a 2nd row.
    expect(await storedRows(one)).toBe(1)
    expect(await storedRows(two)).toBe(1)

    b.set('shape:same', { id: 'shape:same', x: 3 })
    a.set('shape:same', { id: 'shape:same', x: 4 })
    await waitFor(() => a.size === 3 && isDeepStrictEqual(a.toJSON(), b.toJSON()))
    await flushed()
    const stored = await createPrismaLayoutStore(db.prisma).load(layout.documentName)
    const doc = new Y.Doc()
    for (const part of [stored.state, ...stored.updates]) if (part) Y.applyUpdate(doc, part)
    expect(doc.getMap(LAYOUT_YDOC.records).toJSON()).toEqual(a.toJSON())
  })
})
