import { router } from '../../trpc/init.ts'
import { create } from './create-kiosk.ts'
import { checkIn } from './kiosk-check-in.ts'
import { checkOut } from './kiosk-check-out.ts'
import { session } from './kiosk-session.ts'
import { list } from './list-kiosks.ts'
import { revoke } from './revoke-kiosk.ts'

export const kioskRouter = router({ list, create, revoke, session, checkIn, checkOut })
