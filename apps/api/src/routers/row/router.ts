import { router } from '../../trpc/init.ts'
import { rowHierarchyProcedures } from './hierarchy.ts'

export const rowRouter = router({ ...rowHierarchyProcedures })
