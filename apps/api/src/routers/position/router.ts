import { router } from '../../trpc/init.ts'
import { positionPositionsProcedures } from './positions.ts'

export const positionRouter = router({ ...positionPositionsProcedures })
