// `layout.*`: the collaborative canvas's api — connection facts, import source, preview,
// publish, published versions and the occupancy overlay.
import { router } from '../../trpc/init.ts'
import { layoutConnectionProcedure } from './connection.ts'
import { layoutVersionProcedure } from './get-version.ts'
import { layoutVersionsProcedure } from './list-versions.ts'
import { layoutOccupancyProcedure } from './occupancy.ts'
import { layoutPreviewProcedure } from './preview.ts'
import { layoutPublishProcedure } from './publish.ts'
import { layoutSourceProcedure } from './source.ts'

export const layoutRouter = router({
  connection: layoutConnectionProcedure,
  source: layoutSourceProcedure,
  preview: layoutPreviewProcedure,
  publish: layoutPublishProcedure,
  versions: layoutVersionsProcedure,
  version: layoutVersionProcedure,
  occupancy: layoutOccupancyProcedure,
})
