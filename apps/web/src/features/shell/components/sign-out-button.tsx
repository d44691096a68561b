import { Spinner } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { useSignOut } from '../../auth/hooks/use-sign-out.ts'

export function SignOutButton() {
  const { t } = useTranslation()
  const signOut = useSignOut()
  return (
    <button
      type="button"
      className="ui-button ui-button--on-chrome"
      aria-disabled={signOut.isPending}
      onClick={() => {
        if (!signOut.isPending) signOut.mutate()
      }}
    >
      {signOut.isPending ? <Spinner size="small" /> : null}
      {signOut.isPending ? t('common.shell.signingOut') : t('common.shell.signOut')}
    </button>
  )
}
