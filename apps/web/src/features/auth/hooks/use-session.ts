import { trpc, type CurrentUser } from '../../../app/trpc.ts'

/** `auth.me`: who is signed in (null: nobody). Shared by the gate and the guards. */
export function useSessionQuery() {
  return trpc.auth.me.useQuery(undefined, {
    // Sessions change only through sign-in/out here, which update the cache directly.
    staleTime: 5 * 60_000,
  })
}

/** The signed-in user, for components rendered under <RequireAuth>. */
export function useCurrentUser(): CurrentUser {
  const { data } = useSessionQuery()
  if (!data)
    throw new Error('useCurrentUser needs a signed-in user (render it under <RequireAuth>).')
  return data
}
