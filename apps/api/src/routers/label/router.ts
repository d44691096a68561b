import { router } from '../../trpc/init.ts'
import { forBatch } from './for-batch.ts'
import { forPlants } from './for-plants.ts'
import { forRoom } from './for-room.ts'
import { forSection } from './for-section.ts'
import { resolve } from './resolve.ts'

export const labelRouter = router({ forRoom, forSection, forBatch, forPlants, resolve })
