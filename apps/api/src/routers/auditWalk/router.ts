import { router } from '../../trpc/init.ts'
import { complete } from './complete-walk.ts'
import { get } from './get-walk.ts'
import { list } from './list-walks.ts'
import { scan } from './scan-walk.ts'
import { start } from './start-walk.ts'

export const auditWalkRouter = router({ start, scan, get, complete, list })
