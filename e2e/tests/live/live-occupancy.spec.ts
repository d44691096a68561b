import { openSecondUser, trpcMutation, trpcQuery } from '../../fixtures/layout.ts'
import { expect, test } from '../../fixtures/test.ts'

interface Property {
  id: string
  code: string
}
interface RoomOccupancy {
  roomId: string
  roomCode: string
  occupied: number
  total: number
}

function newTag(): string {
  return `1A4010300000008${String(Date.now() % 1_000_000_000).padStart(9, '0')}`
}

test('[LIVE] a plant placed in another browser changes the dashboard occupancy without a reload', async ({
  page,
  browser,
  baseURL,
  signIn,
}) => {
  await signIn('HEAD_GROWER')
  const me = await trpcQuery<{ memberships: { organizationId: string }[] }>(
    page.request,
    'auth.me',
    undefined,
  )
  const organizationId = me.memberships[0]!.organizationId
  const properties = await trpcQuery<Property[]>(page.request, 'property.list', { organizationId })
  const main = properties.find((property) => property.code === 'MAIN')!
  const rooms = await trpcQuery<RoomOccupancy[]>(page.request, 'property.occupancy', {
    organizationId,
    propertyId: main.id,
  })
  const vegA = rooms.find((room) => room.roomCode === 'VEG-A')!

  await page.goto(`/?property=${main.id}`)
  await expect(page.getByText('Live updates on')).toBeVisible({ timeout: 15_000 })
  const tile = page
    .getByTestId('occupancy-tile')
    .filter({ has: page.getByRole('link', { name: /· VEG-A$/ }) })
  const summary = (occupied: number) =>
    `${occupied} of ${vegA.total} positions occupied (${Math.round((occupied / vegA.total) * 100)}%)`
  await expect(tile).toContainText(summary(vegA.occupied))
  const navigations: string[] = []
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url())
  })

  // Someone else places a plant through the api, in their own browser.
  const other = await openSecondUser(browser, baseURL!, 'OWNER')
  try {
    const free = await trpcQuery<{ positions: { id: string }[] }>(
      other.request,
      'position.available',
      { organizationId, roomId: vegA.roomId, count: 1 },
    )
    const batches = await trpcQuery<{ id: string; name: string }[]>(other.request, 'batch.list', {
      organizationId,
      propertyId: main.id,
    })
    const batch = batches.find((candidate) => candidate.name.startsWith('B-001'))!
    await trpcMutation(other.request, 'plant.bulkPlace', {
      organizationId,
      batchId: batch.id,
      positionIds: [free.positions[0]!.id],
      tagNumbers: [newTag()],
    })
  } finally {
    await other.context().close()
  }

  await expect(tile).toContainText(summary(vegA.occupied + 1))
  expect(navigations).toEqual([])
})
