import { router } from '../../trpc/init.ts'
import { batchBatchesProcedures } from './batches.ts'

export const batchRouter = router({ ...batchBatchesProcedures })
