// Awareness (presence) passes between clients, with the server vouching for who is who and
// who is read-only: a client cannot claim another user's id or hide being a viewer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Server } from '@hocuspocus/server'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { createCollabServer } from '../src/server.ts'
// The web app's own reconnection handling, run here against the real server.
import { renewPresenceAfterReconnect } from '../../web/src/features/layout/sync/renew-presence.ts'
import { createLayoutFixture, waitFor, type LayoutFixture } from './utils/layout-fixture.ts'
import { connect, type ConnectedProvider } from './utils/providers.ts'

let db: TestDatabase
let server: Server
let layout: LayoutFixture
const clients: ConnectedProvider[] = []

beforeAll(async () => {
  db = await createTestDatabase()
  layout = await createLayoutFixture(db.prisma, 'presence')
  server = createCollabServer({ prisma: db.prisma, host: '127.0.0.1', port: 0 })
  await server.listen()
})

afterAll(async () => {
  for (const client of clients) client.destroy()
  await server.destroy()
  await db.drop()
})

async function join(token: string): Promise<ConnectedProvider> {
  const client = connect(server.webSocketURL, layout.documentName, { token })
  clients.push(client)
  expect((await client.outcome).result).toBe('synced')
  return client
}

function presenceOf(observer: ConnectedProvider, of: ConnectedProvider) {
  const state = observer.provider.awareness?.getStates().get(of.provider.document.clientID)
  return state?.presence as { userId: string; readOnly: boolean; name: string } | undefined
}

describe('collab presence', () => {
  it("shows a viewer as read-only under the viewer's own id, whatever it claims", async () => {
    const owner = await join(layout.editorToken)
    const viewer = await join(layout.viewerToken)
    const ownerUser = await db.prisma.session.findFirstOrThrow({
      where: { user: { email: 'owner@presence.test' } },
      select: { userId: true },
    })
    viewer.provider.setAwarenessField('presence', {
      userId: ownerUser.userId,
      name: 'Staff',
      readOnly: false,
      cursor: { x: 1, y: 2 },
    })
    owner.provider.setAwarenessField('presence', {
      userId: 'whoever',
      name: 'Owner',
      readOnly: true,
      cursor: null,
    })
    await waitFor(() => presenceOf(owner, viewer)?.name === 'Staff', 5000, "the viewer's presence")
    await waitFor(() => presenceOf(viewer, owner)?.name === 'Owner', 5000, "the owner's presence")
    const viewerSeen = presenceOf(owner, viewer)
    expect(viewerSeen?.readOnly).toBe(true)
    expect(viewerSeen?.userId).not.toBe(ownerUser.userId)
    expect(viewerSeen).toMatchObject({ cursor: { x: 1, y: 2 } })
    expect(presenceOf(viewer, owner)).toMatchObject({ userId: ownerUser.userId, readOnly: false })
  })

  it('shows a person again after their connection drops and comes back, with nothing changed', async () => {
    const owner = await join(layout.editorToken)
    const grower = await join(layout.editorToken)
    const stop = renewPresenceAfterReconnect(grower.provider)
    grower.provider.setAwarenessField('presence', { name: 'Grower', readOnly: false, cursor: null })
    await waitFor(() => presenceOf(owner, grower)?.name === 'Grower', 5000, "the grower's presence")

    // The socket drops (a weak signal); the provider reconnects by itself a second later.
    // Without the renewal the server and the owner ignore the state sent again (same clock).
    const socket = grower.provider.configuration.websocketProvider
    socket.webSocket?.close()
    await waitFor(() => presenceOf(owner, grower) === undefined, 5000, 'the drop seen by the owner')
    await waitFor(
      () => presenceOf(owner, grower)?.name === 'Grower',
      5000,
      "the grower's presence after the reconnection",
    )
    stop()
  })
})
