import { announcementRouter } from '../routers/announcement/router.ts'
import { auditRouter } from '../routers/audit/router.ts'
import { authRouter } from '../routers/auth/router.ts'
import { batchRouter } from '../routers/batch/router.ts'
import { buildingRouter } from '../routers/building/router.ts'
import { labelRouter } from '../routers/label/router.ts'
import { layoutRouter } from '../routers/layout/router.ts'
import { liveRouter } from '../routers/live/router.ts'
import { notificationRouter } from '../routers/notification/router.ts'
import { plantRouter } from '../routers/plant/router.ts'
import { positionRouter } from '../routers/position/router.ts'
import { propertyRouter } from '../routers/property/router.ts'
import { roomRouter } from '../routers/room/router.ts'
import { rowRouter } from '../routers/row/router.ts'
import { sectionRouter } from '../routers/section/router.ts'
import { alertRouter } from '../routers/alert/router.ts'
import { sensorRouter } from '../routers/sensor/router.ts'
import { shiftNoteRouter } from '../routers/shiftNote/router.ts'
import { weightRouter } from '../routers/weight/router.ts'
import { scanRouter } from '../routers/scan/router.ts'
import { auditWalkRouter } from '../routers/auditWalk/router.ts'
import { visitorRouter } from '../routers/visitor/router.ts'
import { kioskRouter } from '../routers/kiosk/router.ts'
import { inventoryRouter } from '../routers/inventory/router.ts'
import { documentRouter } from '../routers/document/router.ts'
import { laborRouter } from '../routers/labor/router.ts'
import { taskRouter } from '../routers/task/router.ts'
import { createCallerFactory, router } from './init.ts'

export const appRouter = router({
  auth: authRouter,
  announcement: announcementRouter,
  shiftNote: shiftNoteRouter,
  notification: notificationRouter,
  property: propertyRouter,
  building: buildingRouter,
  room: roomRouter,
  section: sectionRouter,
  row: rowRouter,
  position: positionRouter,
  plant: plantRouter,
  batch: batchRouter,
  audit: auditRouter,
  layout: layoutRouter,
  label: labelRouter,
  sensor: sensorRouter,
  alert: alertRouter,
  live: liveRouter,
  weight: weightRouter,
  scan: scanRouter,
  auditWalk: auditWalkRouter,
  visitor: visitorRouter,
  kiosk: kioskRouter,
  inventory: inventoryRouter,
  document: documentRouter,
  labor: laborRouter,
  task: taskRouter,
})

export type AppRouter = typeof appRouter

export const createCaller = createCallerFactory(appRouter)
