import { router } from '../../trpc/init.ts'
import { list } from './list-weights.ts'
import { record } from './record-weight.ts'

export const weightRouter = router({ record, list })
