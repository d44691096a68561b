import { router } from '../../trpc/init.ts'
import { latest } from './latest.ts'
import { since } from './since.ts'

export const liveRouter = router({ since, latest })
