import { listHosts } from '../../services/visitors/visits.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/** Members who can host a visit, by name (the pre-registration form's host picker). */
export const hosts = memberProcedure.query(({ ctx }) => listHosts(ctx.prisma, ctx.member))
