import { router } from '../../trpc/init.ts'
import { acknowledge, acknowledgements } from './acknowledge-announcement.ts'
import { create } from './create-announcement.ts'
import { list, unacknowledged } from './list-announcements.ts'

export const announcementRouter = router({
  create,
  list,
  unacknowledged,
  acknowledge,
  acknowledgements,
})
