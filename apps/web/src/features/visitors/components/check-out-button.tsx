import { Alert } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'

/** Checks a visitor out (any member may: safety); the lists refetch. */
export function CheckOutButton({ visitId, visitorName }: { visitId: string; visitorName: string }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const utils = trpc.useUtils()
  const checkOut = trpc.visitor.checkOut.useMutation({
    onSettled: () => utils.visitor.invalidate(),
  })
  return (
    <div className="visitor-row__action">
      <button
        type="button"
        className="ui-button ui-button--secondary ui-button--small"
        aria-disabled={checkOut.isPending}
        onClick={() => {
          if (!checkOut.isPending) checkOut.mutate({ organizationId, visitId })
        }}
      >
        {t('visitors.checkOut.button')}
        <span className="ui-visually-hidden"> {visitorName}</span>
      </button>
      <Alert>{checkOut.isError ? translateApiError(i18n, checkOut.error) : null}</Alert>
    </div>
  )
}
