import { useQueryClient } from '@tanstack/react-query'
import { getQueryKey } from '@trpc/react-query'
import { trpc } from '../../../app/trpc.ts'

/**
 * `auth.signOut`, then forget everything cached for this user (phones are shared on
 * the grow floor). `auth.me` becomes null, which sends the guard to /sign-in.
 */
export function useSignOut() {
  const queryClient = useQueryClient()
  const utils = trpc.useUtils()
  return trpc.auth.signOut.useMutation({
    onSettled: (_data, error) => {
      // A failed call may still have ended the session; ask the api who we are.
      if (error) {
        void utils.auth.me.invalidate()
        return
      }
      const meKey = getQueryKey(trpc.auth.me, undefined, 'query')
      queryClient.removeQueries({
        predicate: (query) => JSON.stringify(query.queryKey) !== JSON.stringify(meKey),
      })
      utils.auth.me.setData(undefined, null)
    },
  })
}
