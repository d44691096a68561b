import { initTRPC } from '@trpc/server'
import type { Context } from './context.ts'
import { describeError } from './error-formatter.ts'

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const { message, data } = describeError(error)
    // Stack traces stay in the server log.
    const { stack: _stack, ...publicData } = shape.data
    return { ...shape, message, data: { ...publicData, ...data } }
  },
})

export const router = t.router
export const middleware = t.middleware
export const procedure = t.procedure
export const createCallerFactory = t.createCallerFactory
