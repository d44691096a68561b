import { SetLocaleInputSchema } from '@growops/domain'
import { updateUserLocale } from '../../services/auth/current-user.ts'
import { authedProcedure } from '../../trpc/procedures.ts'

export const setLocale = authedProcedure
  .input(SetLocaleInputSchema)
  .mutation(async ({ ctx, input }) => {
    await updateUserLocale(ctx.prisma, ctx.session.user.id, input.locale)
    return { locale: input.locale }
  })
