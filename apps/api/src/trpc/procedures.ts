// Procedure builders. Every procedure turns domain errors into tRPC errors; authed ones need
// a signed-in user; organization procedures take `organizationId` in their input, check the
// caller's membership and the role's access to the procedure's area, and hand services an
// Actor whose organization every query is scoped to.
import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { isDomainError, type AccessAction, type AccessArea } from '@growops/domain'
import { actorFor, loadMembershipRole } from '../services/access/actor.ts'
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

export const OrganizationScopeSchema = z.object({ organizationId: z.uuid() })

/** Needs membership of `input.organizationId`; puts the caller's role in ctx.member. */
export const memberProcedure = authedProcedure
  .input(OrganizationScopeSchema)
  .use(async ({ ctx, input, next }) => {
    const role = await loadMembershipRole(ctx.prisma, ctx.session.user.id, input.organizationId)
    return next({
      ctx: {
        ...ctx,
        member: { userId: ctx.session.user.id, organizationId: input.organizationId, role },
      },
    })
  })

/**
 * A procedure of `area` that `action`s it: refuses roles with no access (or read-only access
 * to a write), and gives services `ctx.actor`.
 */
export function areaProcedure(area: AccessArea, action: AccessAction) {
  return memberProcedure.use(({ ctx, next }) =>
    next({ ctx: { ...ctx, actor: actorFor(ctx.member, area, action) } }),
  )
}
