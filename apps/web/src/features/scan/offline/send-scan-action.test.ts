// Typed tags and addresses in queued actions are looked up when the action is sent, for every
// action type (a move, a harvest and its hanger, a quick place, a weighing), through a stand-in
// api that knows a few tags and addresses.
import { TRPCClientError } from '@trpc/client'
import { describe, expect, it } from 'vitest'
import { classifySendFailure } from './classify-error.ts'
import { createOfflineQueue } from './offline-queue.ts'
import { createMemoryQueueStore } from './queue-store.ts'
import type { QueueEntry, ScanActionType } from './scan-action.ts'
import { resolveScanInput, sendScanAction, type ScanSendClient } from './send-scan-action.ts'

const ORG = 'org-1'
const TAG = '1A4FF0100000000000000001'
const CELL = 'MAIN.GROW1.VEG-A.LEFT.R1.C2.P1'
const HANGER = 'MAIN.DRY.DRY-A.RACK1.L1.H2.P1'
const ROOM = 'MAIN.GROW1.VEG-A'

function fakeApi(options: { offline?: boolean } = {}) {
  const plants = new Map([[TAG, 'plant-1']])
  const positions = new Map([
    [CELL, 'pos-cell'],
    [HANGER, 'pos-hanger'],
  ])
  const queries: string[] = []
  const mutations: { path: string; input: Record<string, unknown> }[] = []
  const refuse = (messageKey: string) =>
    new TRPCClientError(messageKey, {
      result: { error: { code: -32600, message: messageKey, data: { messageKey } } },
    })
  const client: ScanSendClient = {
    query: (path, input) => {
      if (options.offline) return Promise.reject(new TRPCClientError('Failed to fetch'))
      const asked = input as { tagNumber?: string; address?: string }
      queries.push(`${path} ${asked.tagNumber ?? asked.address}`)
      if (path === 'plant.byTag') {
        const id = plants.get(asked.tagNumber ?? '')
        return id ? Promise.resolve({ id }) : Promise.reject(refuse('errors.NOT_FOUND'))
      }
      if (asked.address === ROOM) return Promise.resolve({ level: 'room', roomId: 'room-1' })
      const id = positions.get(asked.address ?? '')
      return id
        ? Promise.resolve({ level: 'cell', positionId: id })
        : Promise.reject(refuse('errors.NOT_FOUND'))
    },
    mutation: (path, input) => {
      mutations.push({ path, input: input as Record<string, unknown> })
      return Promise.resolve({ ok: true })
    },
  }
  return { client, queries, mutations }
}

function entry(type: ScanActionType, input: Record<string, unknown>): QueueEntry {
  return {
    id: `key-${type}-0001`,
    type,
    input: { organizationId: ORG, ...input },
    label: type,
    createdAt: 1,
    sequence: 0,
    status: 'pending',
    attempts: 0,
    owner: null,
  }
}

async function failureOf(run: Promise<unknown>) {
  try {
    await run
  } catch (error) {
    return classifySendFailure(error)
  }
  throw new Error('expected the send to fail')
}

describe('sending a queued action resolves typed tags and addresses', () => {
  it('a move: its plant by tag, its destination by address', async () => {
    const api = fakeApi()
    await sendScanAction(
      api.client,
      entry('move', { plantTag: TAG, toAddress: CELL, reason: 'TRANSPLANT' }),
    )
    expect(api.mutations).toEqual([
      {
        path: 'plant.move',
        input: {
          organizationId: ORG,
          plantId: 'plant-1',
          toPositionId: 'pos-cell',
          reason: 'TRANSPLANT',
          idempotencyKey: 'key-move-0001',
        },
      },
    ])
  })

  it('a harvest: its plant by tag and the hanger it goes to by address', async () => {
    const api = fakeApi()
    const wetWeight = { value: 1.5, unit: 'KG' }
    await sendScanAction(
      api.client,
      entry('harvest', { plantTag: TAG, wetWeight, hangerAddress: HANGER }),
    )
    expect(api.mutations).toEqual([
      {
        path: 'plant.harvest',
        input: {
          organizationId: ORG,
          plantId: 'plant-1',
          wetWeight,
          hangerPositionId: 'pos-hanger',
          idempotencyKey: 'key-harvest-0001',
        },
      },
    ])
  })

  it('a quick place: the position by address; the new tag is left as it is', async () => {
    const api = fakeApi()
    await sendScanAction(
      api.client,
      entry('place', { batchId: 'batch-1', tagNumber: TAG, positionAddress: CELL }),
    )
    expect(api.queries).toEqual([`position.locate ${CELL}`])
    expect(api.mutations[0]).toEqual({
      path: 'plant.create',
      input: {
        organizationId: ORG,
        batchId: 'batch-1',
        tagNumber: TAG,
        positionId: 'pos-cell',
        idempotencyKey: 'key-place-0001',
      },
    })
  })

  it('a weighing of one plant: the plant by tag', async () => {
    const api = fakeApi()
    await sendScanAction(
      api.client,
      entry('weight', { batchId: 'batch-1', plantTag: TAG, kind: 'DRY', value: 3, unit: 'OZ' }),
    )
    expect(api.mutations[0]?.input).toMatchObject({ plantId: 'plant-1', kind: 'DRY' })
    expect(api.mutations[0]?.input).not.toHaveProperty('plantTag')
  })

  it('ids already known are sent as they are, with no lookup; audit scans pass untouched', async () => {
    const api = fakeApi()
    const ids = { plantId: 'plant-9', toPositionId: 'pos-9', reason: 'REORGANIZE' }
    await sendScanAction(api.client, entry('move', ids))
    await sendScanAction(api.client, entry('auditScan', { walkId: 'walk-1', text: CELL }))
    expect(api.queries).toEqual([])
    expect(api.mutations.map((call) => call.input)).toEqual([
      { organizationId: ORG, ...ids, idempotencyKey: 'key-move-0001' },
      { organizationId: ORG, walkId: 'walk-1', text: CELL, idempotencyKey: 'key-auditScan-0001' },
    ])
  })

  it('an address that is no position or a tag nobody has waits for the person (a conflict)', async () => {
    const api = fakeApi()
    const room = await failureOf(
      sendScanAction(api.client, entry('place', { tagNumber: TAG, positionAddress: ROOM })),
    )
    expect(room).toMatchObject({
      kind: 'conflict',
      error: { messageKey: 'errors.ADDRESS.INCOMPLETE' },
    })
    const unknown = await failureOf(
      sendScanAction(
        api.client,
        entry('harvest', { plantTag: '1A4FF0100000000000000999', wetWeight: {} }),
      ),
    )
    expect(unknown).toMatchObject({ kind: 'conflict', error: { messageKey: 'errors.NOT_FOUND' } })
    expect(api.mutations).toEqual([])
  })

  it('no connection while looking up: tried again later', async () => {
    const api = fakeApi({ offline: true })
    const failure = await failureOf(
      sendScanAction(api.client, entry('harvest', { plantTag: TAG, wetWeight: {} })),
    )
    expect(failure).toEqual({ kind: 'retry' })
  })

  it('resolveScanInput leaves anything that is not an object alone', async () => {
    expect(await resolveScanInput(fakeApi().client, 'x')).toBe('x')
  })
})

describe('an offline harvest and quick place by typed tag and address, replayed', () => {
  it('are applied on reconnect, not shown as needing attention', async () => {
    const api = fakeApi()
    let online = false
    let counter = 0
    const queue = createOfflineQueue({
      store: createMemoryQueueStore(),
      send: (queued) => sendScanAction(api.client, queued),
      isOnline: () => online,
      newKey: () => `key-${++counter}`,
    })
    const harvest = await queue.submit({
      type: 'harvest',
      input: { organizationId: ORG, plantTag: TAG, wetWeight: { value: 900, unit: 'G' } },
      label: 'harvest',
    })
    const place = await queue.submit({
      type: 'place',
      input: { organizationId: ORG, batchId: 'b', tagNumber: TAG, positionAddress: CELL },
      label: 'place',
    })
    expect([harvest.status, place.status]).toEqual(['queued', 'queued'])
    online = true
    await queue.replay()
    expect(queue.getState().entries).toEqual([])
    expect(api.mutations.map((call) => [call.path, call.input.idempotencyKey])).toEqual([
      ['plant.harvest', 'key-1'],
      ['plant.create', 'key-2'],
    ])
    expect(api.mutations[0]?.input.plantId).toBe('plant-1')
    expect(api.mutations[1]?.input.positionId).toBe('pos-cell')
  })
})
