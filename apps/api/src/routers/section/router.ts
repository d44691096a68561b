import { router } from '../../trpc/init.ts'
import { sectionHierarchyProcedures } from './hierarchy.ts'

export const sectionRouter = router({ ...sectionHierarchyProcedures })
