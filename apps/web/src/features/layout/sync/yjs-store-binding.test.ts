// The tldraw ↔ Yjs binding: one-way checks, and a randomized convergence test of several
// simulated clients that edit layout shapes while updates are delayed, reordered and
// buffered during disconnects.
import { LAYOUT_SHAPE_TYPES } from '@growops/domain'
import {
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  type TLRecord,
  type TLShapeId,
  type TLStore,
} from 'tldraw'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { layoutShapeUtils } from '../canvas/shapes/index.ts'
import { bindStoreToYDoc, getRecordsMap, type StoreBinding } from './yjs-store-binding.ts'

/** mulberry32: a small seeded PRNG, so a failing round can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function newStore(): TLStore {
  const store = createTLStore({
    shapeUtils: [...defaultShapeUtils, ...layoutShapeUtils],
    bindingUtils: defaultBindingUtils,
  })
  // What the editor does on mount: a document, a page, instance state (local, not sent).
  store.mergeRemoteChanges(() => {})
  return store
}

function documentState(store: TLStore): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const r of store.allRecords())
    if ((store.schema.types as Record<string, { scope: string }>)[r.typeName]?.scope === 'document')
      out[r.id] = JSON.parse(JSON.stringify(r))
  return out
}

function mapState(doc: Y.Doc): Record<string, unknown> {
  return JSON.parse(JSON.stringify(getRecordsMap(doc).toJSON())) as Record<string, unknown>
}

function tableRecord(id: string, x: number, code: string): TLRecord {
  return {
    id: id as TLShapeId,
    typeName: 'shape',
    type: LAYOUT_SHAPE_TYPES.table,
    parentId: 'page:page',
    index: 'a1',
    x,
    y: 0,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      w: 100,
      h: 100,
      code,
      name: 'T',
      sectionType: 'TABLE',
      rows: 2,
      columns: 3,
      slotsPerPosition: 1,
      spacingInches: 24,
    },
  } as unknown as TLRecord
}

describe('store ↔ Y.Doc binding', () => {
  it('sends local user changes and applies remote ones, without echoing', () => {
    const a = { store: newStore(), doc: new Y.Doc() }
    const b = { store: newStore(), doc: new Y.Doc() }
    const ba = bindStoreToYDoc(a)
    const bb = bindStoreToYDoc(b)
    expect(ba.seedMissing()).toBe(true)
    expect(ba.seedMissing()).toBe(false)
    // The shared document snaps to a 1 ft grid.
    expect(getRecordsMap(a.doc).get('document:document')).toMatchObject({ gridSize: 10 })
    expect(getRecordsMap(a.doc).has('page:page')).toBe(true)
    a.store.put([tableRecord('shape:t1', 10, 'T1')])
    a.store._flushHistory()
    expect(getRecordsMap(a.doc).get('shape:t1')).toMatchObject({ x: 10 })
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc))
    expect(b.store.get('shape:t1' as TLShapeId)).toMatchObject({ x: 10 })
    // The remote change did not come back as a local one.
    let echoed = false
    b.doc.on('update', () => (echoed = true))
    b.store._flushHistory()
    expect(echoed).toBe(false)
    a.store.remove(['shape:t1' as TLShapeId])
    a.store._flushHistory()
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc))
    expect(b.store.has('shape:t1' as TLShapeId)).toBe(false)
    ba.dispose()
    bb.dispose()
  })

  it('loads the Y.Doc over what the store had, and never writes session records', () => {
    const source = new Y.Doc()
    const s = newStore()
    const bs = bindStoreToYDoc({ store: s, doc: source })
    bs.seedMissing()
    s.put([tableRecord('shape:t2', 5, 'T2')])
    s._flushHistory()
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source))
    const store = newStore()
    store.put([tableRecord('shape:stale', 0, 'OLD')])
    bindStoreToYDoc({ store, doc })
    expect(store.has('shape:stale' as TLShapeId)).toBe(false)
    expect(store.get('shape:t2' as TLShapeId)).toMatchObject({ x: 5 })
    const typeNames = new Set([...getRecordsMap(source).values()].map((r) => r.typeName))
    expect([...typeNames].sort()).toEqual(['document', 'page', 'shape'])
  })

  it('a remote change arriving before the local flush does not leave the stores apart', () => {
    const a = { store: newStore(), doc: new Y.Doc() }
    const b = { store: newStore(), doc: new Y.Doc() }
    bindStoreToYDoc(a).seedMissing()
    bindStoreToYDoc(b)
    a.store.put([tableRecord('shape:t3', 1, 'A')])
    a.store._flushHistory()
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc))
    // b edits locally (not flushed yet), then a's newer edit arrives.
    b.store.put([tableRecord('shape:t3', 2, 'B')])
    a.store.put([tableRecord('shape:t3', 3, 'A2')])
    a.store._flushHistory()
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc))
    b.store._flushHistory()
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc))
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc))
    expect(documentState(a.store)).toEqual(documentState(b.store))
    expect(documentState(a.store)).toEqual(mapState(a.doc))
  })
})

interface Client {
  store: TLStore
  doc: Y.Doc
  binding: StoreBinding
  online: boolean
  /** Updates from others not yet delivered (delayed, reordered, or held while offline). */
  inbox: Uint8Array[]
}

function runRound(seed: number, clientCount: number, steps: number): Client[] {
  const rand = prng(seed)
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(rand() * items.length)]
  const clients: Client[] = []
  for (let i = 0; i < clientCount; i++) {
    const doc = new Y.Doc()
    const store = newStore()
    const client: Client = {
      store,
      doc,
      binding: bindStoreToYDoc({ store, doc }),
      online: true,
      inbox: [],
    }
    clients.push(client)
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'network') return
      for (const other of clients) if (other !== client) other.inbox.push(update)
    })
  }
  // Every client seeds at once (they all saw an empty document): the fixed ids converge.
  for (const c of clients) c.binding.seedMissing()
  let serial = 0
  const kinds = ['table', 'rack', 'room', 'sensor'] as const
  for (let step = 0; step < steps; step++) {
    const c = pick(clients)!
    const roll = rand()
    const shapes = c.store.allRecords().filter((r) => r.typeName === 'shape')
    if (roll < 0.3 || shapes.length === 0) {
      const kind = pick(kinds)!
      const id = `shape:c${clients.indexOf(c)}-${serial++}` as TLShapeId
      const util = layoutShapeUtils.find((u) => u.type === LAYOUT_SHAPE_TYPES[kind])!
      const props = new util(undefined as never).getDefaultProps()
      c.store.put([
        {
          id,
          typeName: 'shape',
          type: LAYOUT_SHAPE_TYPES[kind],
          parentId: 'page:page',
          index: 'a1',
          x: Math.round(rand() * 500),
          y: Math.round(rand() * 500),
          rotation: 0,
          isLocked: false,
          opacity: 1,
          meta: {},
          props: { ...props, code: `C${serial}` },
        } as unknown as TLRecord,
      ])
    } else if (roll < 0.8) {
      const shape = pick(shapes)!
      const next = { ...shape, x: Math.round(rand() * 500) } as TLRecord
      if (rand() < 0.5 && 'props' in next && 'code' in next.props)
        (next as { props: Record<string, unknown> }).props = { ...next.props, code: `E${step}` }
      if (rand() < 0.3 && next.typeName === 'shape' && next.type === LAYOUT_SHAPE_TYPES.table)
        (next as { props: Record<string, unknown> }).props = {
          ...next.props,
          rows: 1 + Math.floor(rand() * 6),
        }
      c.store.put([next])
    } else {
      c.store.remove([pick(shapes)!.id])
    }
    // Flush some stores now, others later (the store flushes on the next frame).
    for (const x of clients) if (rand() < 0.5) x.store._flushHistory()
    for (const x of clients) {
      if (rand() < 0.08) x.online = !x.online
      if (!x.online || x.inbox.length === 0) continue
      // Deliver a random subset, in random order.
      const keep: Uint8Array[] = []
      const deliver: Uint8Array[] = []
      for (const u of x.inbox) (rand() < 0.6 ? deliver : keep).push(u)
      deliver.sort(() => rand() - 0.5)
      x.inbox = keep
      for (const u of deliver) Y.applyUpdate(x.doc, u, 'network')
    }
  }
  // Everyone reconnects: flush, deliver what is queued, then a state-vector sync like the provider's.
  for (const x of clients) {
    x.online = true
    x.store._flushHistory()
  }
  for (const x of clients) for (const u of x.inbox.splice(0)) Y.applyUpdate(x.doc, u, 'network')
  for (const a of clients)
    for (const b of clients)
      if (a !== b)
        Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'network')
  for (const x of clients) x.store._flushHistory()
  return clients
}

describe('randomized convergence', () => {
  it('30 rounds of 4 clients with random edits, disconnects and reordering end identical', () => {
    for (let round = 0; round < 30; round++) {
      const seed = 1000 + round
      const clients = runRound(seed, 4, 120)
      const expected = mapState(clients[0]!.doc)
      expect(Object.keys(expected).length, `seed ${seed}`).toBeGreaterThan(2)
      for (const c of clients) {
        expect(mapState(c.doc), `seed ${seed}: Y.Maps agree`).toEqual(expected)
        expect(documentState(c.store), `seed ${seed}: store equals its Y.Map`).toEqual(expected)
      }
      for (const c of clients) c.binding.dispose()
    }
  })
})
