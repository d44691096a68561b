import { trpc } from '../../../app/trpc.ts'
import { useApplyUserLocale } from '../../locale/hooks/use-locale.ts'

/**
 * `auth.signIn`. On success the answer becomes the `auth.me` cache entry (the cookie
 * is already set), so the guards move the person on without another round trip.
 */
export function useSignIn() {
  const utils = trpc.useUtils()
  const applyUserLocale = useApplyUserLocale()
  return trpc.auth.signIn.useMutation({
    onSuccess: (currentUser) => {
      applyUserLocale(currentUser.user.locale)
      utils.auth.me.setData(undefined, currentUser)
    },
  })
}
