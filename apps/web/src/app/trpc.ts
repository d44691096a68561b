import { httpBatchLink } from '@trpc/client'
import { createTRPCReact } from '@trpc/react-query'
import type { inferRouterOutputs } from '@trpc/server'
import type { AppRouter } from '@growops/api/router'

export const trpc = createTRPCReact<AppRouter>()

export type RouterOutputs = inferRouterOutputs<AppRouter>
/** `auth.me` when someone is signed in. */
export type CurrentUser = NonNullable<RouterOutputs['auth']['me']>
export type Role = CurrentUser['memberships'][number]['role']

/**
 * The api is served from the same origin (the Vite dev server proxies /trpc), and
 * the session is an HttpOnly cookie, so requests only need same-origin credentials.
 */
export function createTrpcClient() {
  return trpc.createClient({
    links: [
      httpBatchLink({
        url: '/trpc',
        fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
      }),
    ],
  })
}
