import { safeParseQrPayload } from '@growops/domain'
import { Alert, LoadingState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, useParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { readApiError, translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { qrLinkCode, qrLinkTarget, visitorBadgePath } from './qr-link-target.ts'

function Problem({ title, message }: { title: string; message: string }) {
  const { t } = useTranslation()
  return (
    <div className="page stack">
      <h1>{title}</h1>
      <Alert>{message}</Alert>
      <p>
        <Link to="/scan">{t('labels.qrLink.scanAnother')}</Link>
      </p>
    </div>
  )
}

/**
 * /q/:version/:kind/:value — where a label opens when any phone camera scans it: the code is
 * checked here (offline), resolved in the active organization, and replaced by its screen.
 */
export function QrLinkPage() {
  const { t, i18n } = useTranslation()
  const params = useParams()
  const { organizationId } = useActiveOrganization()
  const code = qrLinkCode(params)
  const parsed = safeParseQrPayload(code)
  // A visitor badge is looked up by the visitors page, not by the label resolver.
  const badgeCode = parsed.success && parsed.data.kind === 'v' ? parsed.data.badgeCode : null
  const resolved = trpc.label.resolve.useQuery(
    { organizationId, code },
    { enabled: parsed.success && badgeCode === null, retry: false },
  )
  useDocumentTitle(t('labels.qrLink.pageTitle'))

  if (!parsed.success) {
    const unsupported = parsed.error.code === 'QR.UNSUPPORTED_VERSION'
    return (
      <Problem
        title={t(unsupported ? 'labels.qrLink.newerTitle' : 'labels.qrLink.invalidTitle')}
        message={t(`errors.${parsed.error.code}`)}
      />
    )
  }
  if (parsed.data.kind === 'v') {
    return <Navigate to={visitorBadgePath(parsed.data.badgeCode)} replace />
  }
  if (resolved.isPending) return <LoadingState label={t('labels.qrLink.opening')} />
  if (resolved.isError) {
    const { messageKey } = readApiError(resolved.error)
    const missing = messageKey === 'errors.NOT_FOUND' || messageKey === 'errors.http.NOT_FOUND'
    return (
      <Problem
        title={t(missing ? 'labels.qrLink.unknownTitle' : 'labels.qrLink.failedTitle')}
        message={
          missing
            ? t(`labels.qrLink.unknown.${parsed.data.kind}`)
            : translateApiError(i18n, resolved.error)
        }
      />
    )
  }
  return <Navigate to={qrLinkTarget(resolved.data, code)} replace />
}
