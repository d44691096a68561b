// Procedure builders: every procedure turns domain errors into tRPC errors; authed ones
// also require a signed-in user.
import { TRPCError } from '@trpc/server'
import { isDomainError } from '@growops/domain'
import { toTRPCError } from './error-formatter.ts'
import { middleware, procedure } from './init.ts'

const mapDomainErrors = middleware(async ({ next }) => {
  const result = await next()
  if (!result.ok && isDomainError(result.error.cause)) throw toTRPCError(result.error.cause)
  return result
})

const requireSession = middleware(({ ctx, next }) => {
  if (!ctx.session) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue.' })
  }
  return next({ ctx: { ...ctx, session: ctx.session } })
})

export const publicProcedure = procedure.use(mapDomainErrors)
export const authedProcedure = publicProcedure.use(requireSession)
