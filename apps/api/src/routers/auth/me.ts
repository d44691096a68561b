import { loadCurrentUser } from '../../services/auth/current-user.ts'
import { publicProcedure } from '../../trpc/procedures.ts'

/** The signed-in user and their organizations, or null when nobody is signed in. */
export const me = publicProcedure.query(({ ctx }) =>
  ctx.session ? loadCurrentUser(ctx.prisma, ctx.session.user.id) : null,
)
