import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { readApiError, translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { RoomView } from './components/room-view.tsx'

/** /rooms/:roomId — loads the room's positions, then shows the room view. */
export function RoomPage() {
  const { t, i18n } = useTranslation()
  const { roomId = '' } = useParams()
  const { organizationId } = useActiveOrganization()
  const query = trpc.room.positions.useQuery({ organizationId, roomId })
  const room = query.data?.room
  useDocumentTitle(
    room ? t('rooms.pageTitle', { code: room.code, name: room.name }) : t('rooms.pageTitleLoading'),
  )

  if (query.isPending) return <LoadingState label={t('rooms.loading')} />
  if (query.isError) {
    const { messageKey } = readApiError(query.error)
    const missing =
      messageKey === 'errors.NOT_FOUND' ||
      messageKey === 'errors.http.NOT_FOUND' ||
      messageKey === 'errors.VALIDATION.FAILED'
    return (
      <div className="page stack">
        <h1>{missing ? t('rooms.notFound.title') : t('rooms.loadFailed')}</h1>
        {missing ? (
          <EmptyState title={t('rooms.notFound.subtitle')}>
            <p>{t('rooms.notFound.body')}</p>
          </EmptyState>
        ) : (
          <>
            <Alert>{translateApiError(i18n, query.error)}</Alert>
            <div>
              <button
                type="button"
                className="ui-button ui-button--secondary"
                onClick={() => void query.refetch()}
              >
                {t('common.retry')}
              </button>
            </div>
          </>
        )}
        <p>
          <Link to="/facility">{t('rooms.backToFacility')}</Link>
        </p>
      </div>
    )
  }
  return <RoomView data={query.data} />
}
