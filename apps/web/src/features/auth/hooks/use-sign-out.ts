import { useQueryClient } from '@tanstack/react-query'
import { getQueryKey } from '@trpc/react-query'
import { useNavigate } from 'react-router'
import { trpc } from '../../../app/trpc.ts'

/**
 * `auth.signOut`, then forget everything cached for this user (phones are shared on
 * the grow floor), then go to /sign-in.
 */
export function useSignOut() {
  const queryClient = useQueryClient()
  const utils = trpc.useUtils()
  const navigate = useNavigate()
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
      // Null first: the sign-in page's guard reads it when it mounts.
      utils.auth.me.setData(undefined, null)
      void navigate('/sign-in', { replace: true })
    },
  })
}
