import { LabelResolveInputSchema } from '@growops/domain'
import { resolveLabel } from '../../services/labels/resolve-label.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** What a label link names in the caller's organization (the web's /q route). */
export const resolve = areaProcedure('CULTIVATION_OPS', 'read')
  .input(LabelResolveInputSchema)
  .query(({ ctx, input }) => resolveLabel(ctx.prisma, ctx.actor, input.code))
