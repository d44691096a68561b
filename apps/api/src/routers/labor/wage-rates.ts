import { SetWageRateInputSchema, WageRateListInputSchema } from '@growops/domain'
import { listWageRates, setWageRate } from '../../services/labor/wage-rates.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** OWNER only: every wage rate with its history and which is in force (LAB14). */
export const wageRates = areaProcedure('LABOR', 'read')
  .input(WageRateListInputSchema)
  .query(({ ctx, input }) => listWageRates(ctx.prisma, ctx.actor, input))

/** OWNER only: a new rate for a person or a role from a date; old rows stay (LAB14). */
export const setRate = areaProcedure('LABOR', 'write')
  .input(SetWageRateInputSchema)
  .mutation(({ ctx, input }) => setWageRate(ctx.prisma, ctx.actor, input))
