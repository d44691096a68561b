import { router } from '../../trpc/init.ts'
import { propertyHierarchyProcedures } from './hierarchy.ts'
import { propertyPositionsProcedures } from './positions.ts'

export const propertyRouter = router({
  ...propertyHierarchyProcedures,
  ...propertyPositionsProcedures,
})
