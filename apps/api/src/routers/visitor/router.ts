import { router } from '../../trpc/init.ts'
import { cancel } from './cancel-visit.ts'
import { checkIn } from './check-in.ts'
import { checkOut } from './check-out.ts'
import { createZone } from './create-zone.ts'
import { get } from './get-visit.ts'
import { hosts } from './list-hosts.ts'
import { list } from './list-visits.ts'
import { zones } from './list-zones.ts'
import { moveToZone } from './move-to-zone.ts'
import { onSiteNow } from './on-site-now.ts'
import { preRegister } from './pre-register.ts'
import { removeZone } from './remove-zone.ts'
import { updateZone } from './update-zone.ts'

export const visitorRouter = router({
  zones,
  createZone,
  updateZone,
  removeZone,
  hosts,
  preRegister,
  list,
  get,
  checkIn,
  checkOut,
  moveToZone,
  cancel,
  onSiteNow,
})
