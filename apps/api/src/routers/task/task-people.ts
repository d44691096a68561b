import { listTaskPeople } from '../../services/tasks/read-tasks.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Members by name with their role, e-mail (to @mention) and whether tasks can go to them. */
export const people = areaProcedure('CULTIVATION_OPS', 'read').query(({ ctx }) =>
  listTaskPeople(ctx.prisma, ctx.actor),
)
