// The PostgreSQL store of layout documents: appends create the document row on first use,
// load = state + later log rows, and compaction never loses an update appended while it runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import * as Y from 'yjs'
import { createPrismaLayoutStore } from '../src/persistence/layout-document-store.ts'
import { createLayoutFixture } from './utils/layout-fixture.ts'

let db: TestDatabase

beforeAll(async () => {
  db = await createTestDatabase()
})

afterAll(async () => {
  await db.drop()
})

/** An update that sets `key` on a fresh client's map (as an editor's change would). */
function updateSetting(key: string, value: number): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('records').set(key, value)
  return Y.encodeStateAsUpdate(doc)
}

async function keysOf(documentName: string): Promise<string[]> {
  const stored = await createPrismaLayoutStore(db.prisma).load(documentName)
  const doc = new Y.Doc()
  for (const part of [stored.state, ...stored.updates]) if (part) Y.applyUpdate(doc, part)
  return [...doc.getMap('records').keys()].sort()
}

describe('layout document store', () => {
  it('creates the document row on the first append, for the property in its name', async () => {
    const layout = await createLayoutFixture(db.prisma, 'store-first')
    const store = createPrismaLayoutStore(db.prisma)
    expect(await store.load(layout.documentName)).toEqual({ state: null, updates: [] })
    await store.append(layout.documentName, updateSetting('a', 1))
    const row = await db.prisma.layoutDocument.findUniqueOrThrow({
      where: { name: layout.documentName },
    })
    expect(row.propertyId).toBe(layout.propertyId)
    expect(await keysOf(layout.documentName)).toEqual(['a'])
  })

  it('two instances storing a new document at once both succeed, into one row', async () => {
    const layout = await createLayoutFixture(db.prisma, 'store-new-race')
    const stores = Array.from({ length: 6 }, () => createPrismaLayoutStore(db.prisma))
    await Promise.all(
      stores.map((store, i) => store.append(layout.documentName, updateSetting(`n${i}`, i))),
    )
    expect(await db.prisma.layoutDocument.count({ where: { name: layout.documentName } })).toBe(1)
    expect(await keysOf(layout.documentName)).toHaveLength(6)
  })

  it('compaction folds the log into the state and deletes the merged rows', async () => {
    const layout = await createLayoutFixture(db.prisma, 'store-compact')
    const store = createPrismaLayoutStore(db.prisma)
    for (let i = 0; i < 10; i++) await store.append(layout.documentName, updateSetting(`k${i}`, i))
    expect(await store.compact(layout.documentName)).toBe(10)
    const loaded = await store.load(layout.documentName)
    expect(loaded.updates).toHaveLength(0)
    expect(loaded.state).not.toBeNull()
    expect(await keysOf(layout.documentName)).toHaveLength(10)
    expect(await store.compact(layout.documentName)).toBe(0)
  })

  it('never loses an update appended while compactions run (two stores, as two instances)', async () => {
    const layout = await createLayoutFixture(db.prisma, 'store-race')
    const one = createPrismaLayoutStore(db.prisma)
    const two = createPrismaLayoutStore(db.prisma)
    await one.append(layout.documentName, updateSetting('seed', 0))
    const appends = Array.from({ length: 60 }, (_, i) =>
      (i % 2 ? one : two).append(layout.documentName, updateSetting(`k${i}`, i)),
    )
    const compactions = Array.from({ length: 6 }, (_, i) =>
      new Promise((resolve) => setTimeout(resolve, i * 5)).then(() =>
        (i % 2 ? two : one).compact(layout.documentName),
      ),
    )
    await Promise.all([...appends, ...compactions])
    const keys = await keysOf(layout.documentName)
    expect(keys).toHaveLength(61)
    await one.compact(layout.documentName)
    expect(await keysOf(layout.documentName)).toEqual(keys)
  })
})
