import { router } from '../../trpc/init.ts'
import { buildingHierarchyProcedures } from './hierarchy.ts'

export const buildingRouter = router({ ...buildingHierarchyProcedures })
