// `layout.*`: the collaborative canvas's api (connection facts, published versions).
import { router } from '../../trpc/init.ts'
import { layoutConnectionProcedure } from './connection.ts'
import { layoutVersionProcedure } from './get-version.ts'
import { layoutVersionsProcedure } from './list-versions.ts'

export const layoutRouter = router({
  connection: layoutConnectionProcedure,
  versions: layoutVersionsProcedure,
  version: layoutVersionProcedure,
})
