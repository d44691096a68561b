import { PreRegisterInputSchema } from '@growops/domain'
import { preRegisterVisit } from '../../services/visitors/visits.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/** Registers an expected visitor: any member for a visit they host, managers for anyone. */
export const preRegister = memberProcedure
  .input(PreRegisterInputSchema)
  .mutation(({ ctx, input }) => preRegisterVisit(ctx.prisma, ctx.member, input))
