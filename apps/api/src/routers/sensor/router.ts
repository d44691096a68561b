import { router } from '../../trpc/init.ts'
import { create } from './create-sensor.ts'
import { list } from './list-sensors.ts'
import { remove } from './remove-sensor.ts'
import { rotateKey } from './rotate-sensor-key.ts'
import { roomSummary } from './room-summary.ts'
import { readings } from './sensor-readings.ts'
import { update } from './update-sensor.ts'

export const sensorRouter = router({
  create,
  update,
  rotateKey,
  remove,
  list,
  readings,
  roomSummary,
})
