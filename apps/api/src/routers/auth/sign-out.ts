import { invalidateSession } from '@growops/db'
import { publicProcedure } from '../../trpc/procedures.ts'

export const signOut = publicProcedure.mutation(async ({ ctx }) => {
  if (ctx.session) await invalidateSession(ctx.prisma, ctx.session.id)
  ctx.cookies.clearSession()
  return { ok: true as const }
})
