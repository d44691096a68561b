import { SignInInputSchema } from '@growops/domain'
import { loadCurrentUser } from '../../services/auth/current-user.ts'
import { signInWithPassword } from '../../services/auth/sign-in.ts'
import { publicProcedure } from '../../trpc/procedures.ts'

export const signIn = publicProcedure.input(SignInInputSchema).mutation(async ({ ctx, input }) => {
  const { userId, session } = await signInWithPassword(ctx.prisma, input, ctx.request)
  ctx.cookies.setSession(session.token, session.expiresAt)
  return loadCurrentUser(ctx.prisma, userId)
})
