import { router } from '../../trpc/init.ts'
import { resolve } from './resolve-scan.ts'

export const scanRouter = router({ resolve })
