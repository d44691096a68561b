// The layout designer with two people at once: an owner and a head grower draw on one new
// property's canvas and see each other's shapes and cursors, one comments and the other
// resolves, the owner publishes and the positions appear in the room's grid; a staff member
// opens the same canvas read-only.
import {
  add,
  createProperty,
  findIdByCode,
  openLayout,
  openSecondUser,
  shapes,
  trpcQuery,
} from '../../fixtures/layout.ts'
import { checkAccessibility, expect, test } from '../../fixtures/test.ts'

test('two editors co-design a layout, comment, publish it, and a viewer cannot edit', async ({
  page,
  browser,
  signIn,
  baseURL,
}, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'two people drawing at once runs on the desktop')
  test.setTimeout(150_000)
  await signIn('OWNER')
  const { organizationId, property, heading } = await createProperty(page)

  const grower = await openSecondUser(browser, baseURL!, 'HEAD_GROWER')
  await openLayout(page, property.id, heading)
  await openLayout(grower, property.id, heading)

  // Each sees the other in the presence bar.
  await expect(page.getByRole('button', { name: /Follow Hector Grower/ })).toBeVisible()
  await expect(grower.getByRole('button', { name: /Follow Olivia Owner/ })).toBeVisible()

  // The owner draws a building, a room in it and a table in the room.
  await add(page, 'Building')
  await add(page, 'Room')
  await add(page, 'Table')
  await expect(shapes(page, 'gw-table')).toHaveCount(1)
  await expect(shapes(grower, 'gw-room')).toHaveCount(1)
  await expect(shapes(grower, 'gw-table')).toHaveCount(1)

  // The head grower adds a second room with a table beside the first.
  await grower.keyboard.press('Escape')
  await add(grower, 'Room')
  await add(grower, 'Table')
  await expect(shapes(page, 'gw-room')).toHaveCount(2)
  await expect(shapes(page, 'gw-table')).toHaveCount(2)

  // Undo is per person: the owner's undo takes back the owner's table, not the grower's.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(shapes(grower, 'gw-table')).toHaveCount(1)
  await expect(shapes(page, 'gw-room')).toHaveCount(2)
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(shapes(grower, 'gw-table')).toHaveCount(2)

  // Cursors: the grower's pointer shows on the owner's canvas with the grower's name.
  const canvas = grower.locator('.tl-canvas')
  const box = (await canvas.boundingBox())!
  await grower.mouse.move(box.x + box.width / 3, box.y + box.height / 3)
  await grower.mouse.move(box.x + box.width / 3 + 20, box.y + box.height / 3 + 10)
  await expect(page.locator('.tl-collaborators__item, .tl-nametag')).not.toHaveCount(0)

  // No validation issues: the two rooms and tables do not overlap.
  await expect(page.getByRole('tab', { name: 'Issues (0)' })).toBeVisible()

  // The owner comments on the selected table; the grower resolves it.
  await page.getByRole('tab', { name: 'Comments' }).click()
  await page.getByRole('button', { name: 'Comment on selection' }).click()
  await page.getByRole('textbox', { name: 'Comment' }).fill('Leave 4 ft between these tables')
  await page.getByRole('button', { name: 'Post comment' }).click()
  await grower.getByRole('tab', { name: 'Comments' }).click()
  await expect(grower.getByText('Leave 4 ft between these tables')).toBeVisible()
  await grower.getByRole('button', { name: 'Resolve' }).click()
  await expect(page.getByText(/^Resolved by Hector Grower/)).toBeVisible()

  // Publish creates the positions.
  await expect(page.getByText('All changes saved')).toBeVisible()
  await page.getByRole('button', { name: 'Publish…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Publish the layout' })
  await expect(dialog.getByText('To create')).toBeVisible({ timeout: 20_000 })
  await dialog.getByRole('button', { name: 'Confirm and publish' }).click()
  await expect(dialog.getByText('Published version 1.')).toBeVisible({ timeout: 20_000 })
  await checkAccessibility(page)
  await dialog.getByRole('button', { name: 'Close' }).first().click()

  // The version history lists version 1 and shows it read-only.
  await page.getByRole('tab', { name: 'Versions' }).click()
  await page.getByRole('button', { name: 'View version 1' }).click()
  const viewer = page.getByRole('dialog', { name: 'Version 1 (read only)' })
  await expect(viewer.locator('.tl-shape[data-shape-type="gw-table"]')).toHaveCount(2)
  await expect(
    viewer
      .getByRole('listitem')
      .filter({ hasText: /^ROOM-1 · / })
      .first(),
  ).toBeVisible()
  await checkAccessibility(page)
  await viewer.getByRole('button', { name: 'Close' }).first().click()

  // The published room's grid lists the new positions.
  const tree = await trpcQuery<unknown>(page.request, 'property.full', {
    organizationId,
    propertyId: property.id,
  })
  const roomId = findIdByCode(tree, 'ROOM-1')
  expect(roomId, 'room ROOM-1 in the property tree').toBeTruthy()
  await page.goto(`/rooms/${roomId}`)
  await expect(page.getByRole('gridcell', { name: /^R1 C1\b/ }).first()).toBeVisible()

  // A staff member sees the canvas read-only.
  const staff = await openSecondUser(browser, baseURL!, 'STAFF')
  await openLayout(staff, property.id, heading)
  await expect(staff.getByText('View only', { exact: true }).first()).toBeVisible()
  await expect(staff.getByRole('button', { name: /^Add a / })).toHaveCount(0)
  await expect(shapes(staff, 'gw-table')).toHaveCount(2)
  // Deleting by keyboard changes nothing for a viewer.
  await staff.getByRole('button', { name: 'Zoom to fit' }).click()
  await staff.locator('.tl-canvas').click({ position: { x: 5, y: 5 } })
  await staff.keyboard.press('ControlOrMeta+a')
  await staff.keyboard.press('Delete')
  await staff.keyboard.press('Backspace')
  await expect(shapes(staff, 'gw-table')).toHaveCount(2)
  await checkAccessibility(staff)
  await grower.context().close()
  await staff.context().close()
})
