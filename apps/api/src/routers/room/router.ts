import { router } from '../../trpc/init.ts'
import { roomHierarchyProcedures } from './hierarchy.ts'
import { roomPositionsProcedures } from './positions.ts'

export const roomRouter = router({ ...roomHierarchyProcedures, ...roomPositionsProcedures })
