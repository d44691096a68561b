// Edits made while the collab connection is down stay in the browser (IndexedDB), survive a
// reload, and reach the other editors once the connection is back.
import type { WebSocketRoute } from '@playwright/test'
import { add, createProperty, openLayout, openSecondUser, shapes } from '../../fixtures/layout.ts'
import { expect, test } from '../../fixtures/test.ts'

test('edits made offline are kept in the browser and merge on reconnect', async ({
  page,
  browser,
  signIn,
  baseURL,
}, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'the connection drop is exercised on the desktop')
  test.setTimeout(120_000)
  await signIn('OWNER')
  const { property, heading } = await createProperty(page)

  // Every WebSocket of the owner's page goes through here, so the test can cut them.
  let offline = false
  const sockets: WebSocketRoute[] = []
  await page.routeWebSocket(/./, (socket) => {
    if (offline) {
      void socket.close()
      return
    }
    socket.connectToServer()
    sockets.push(socket)
  })

  const grower = await openSecondUser(browser, baseURL!, 'HEAD_GROWER')
  await openLayout(page, property.id, heading)
  await openLayout(grower, property.id, heading)
  await add(page, 'Building')
  await expect(shapes(grower, 'gw-building')).toHaveCount(1)

  offline = true
  await Promise.all(sockets.splice(0).map((socket) => socket.close()))
  await expect(page.getByText('Offline — working offline')).toBeVisible()
  await add(page, 'Room')
  await expect(page.getByText('Saved in this browser, will sync')).toBeVisible()

  // A reload while offline keeps the room: it comes back from the browser's copy.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  await expect(shapes(page, 'gw-room')).toHaveCount(1)
  await expect(shapes(grower, 'gw-room')).toHaveCount(0)

  // Back online: the room reaches the grower and the owner's copy is saved.
  offline = false
  await expect(shapes(grower, 'gw-room')).toHaveCount(1, { timeout: 45_000 })
  await expect(page.getByText('All changes saved')).toBeVisible({ timeout: 45_000 })
  await grower.context().close()
})
