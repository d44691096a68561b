import { router } from '../../trpc/init.ts'
import { plantPlantsProcedures } from './plants.ts'

export const plantRouter = router({ ...plantPlantsProcedures })
