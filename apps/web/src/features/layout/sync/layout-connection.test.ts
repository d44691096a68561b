import { describe, expect, it } from 'vitest'
import { collabWebSocketUrl, deriveSaveState } from './layout-connection.ts'

describe('layout connection helpers', () => {
  it('uses the api-given collab URL, else the page host at /collab', () => {
    expect(collabWebSocketUrl('ws://10.0.0.2:1234', { protocol: 'http:', host: 'x' })).toBe(
      'ws://10.0.0.2:1234',
    )
    expect(collabWebSocketUrl(null, { protocol: 'https:', host: 'grow.example' })).toBe(
      'wss://grow.example/collab',
    )
    expect(collabWebSocketUrl(null, { protocol: 'http:', host: 'localhost:5173' })).toBe(
      'ws://localhost:5173/collab',
    )
  })

  it('says where the edits are: saving, saved, or kept in this browser', () => {
    expect(deriveSaveState({ connected: false, synced: true, unsyncedChanges: 0 })).toBe('local')
    expect(deriveSaveState({ connected: true, synced: false, unsyncedChanges: 0 })).toBe('local')
    expect(deriveSaveState({ connected: true, synced: true, unsyncedChanges: 2 })).toBe('saving')
    expect(deriveSaveState({ connected: true, synced: true, unsyncedChanges: 0 })).toBe('saved')
  })
})
