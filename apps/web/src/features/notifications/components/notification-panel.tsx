import { Alert, LoadingState } from '@growops/ui'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { translateApiError } from '../../../app/api-errors.ts'
import type { RouterOutputs } from '../../../app/trpc.ts'
import { When } from '../../live/components/when.tsx'
import { useMarkNotifications, useNotificationList } from '../hooks/use-notifications.ts'

type NotificationItem = RouterOutputs['notification']['list']['items'][number]

/** The latest notifications, unread first in weight; opening one marks it read. */
export function NotificationPanel({
  organizationId,
  onClose,
}: {
  organizationId: string
  onClose: () => void
}) {
  const { t, i18n } = useTranslation()
  const headingId = useId()
  const list = useNotificationList(organizationId, true)
  const mark = useMarkNotifications(organizationId)
  const items = list.data?.items ?? []
  const anyUnread = items.some((item) => item.readAt === null)

  let body
  if (list.isPending) body = <LoadingState label={t('notifications.loading')} />
  else if (list.isError) body = <Alert>{translateApiError(i18n, list.error)}</Alert>
  else if (items.length === 0) body = <p className="muted">{t('notifications.empty')}</p>
  else
    body = (
      <ul className="bell__list" aria-labelledby={headingId}>
        {items.map((item) => (
          <NotificationRow
            key={item.id}
            item={item}
            onOpen={() => {
              if (item.readAt === null) mark.markRead([item.id])
              onClose()
            }}
            onMarkRead={() => mark.markRead([item.id])}
          />
        ))}
      </ul>
    )

  return (
    <section className="bell__section" aria-labelledby={headingId}>
      <div className="bell__head">
        <h2 id={headingId} className="bell__heading">
          {t('notifications.heading')}
        </h2>
        {anyUnread ? (
          <button
            type="button"
            className="ui-button ui-button--secondary ui-button--small"
            onClick={mark.markAllRead}
          >
            {t('notifications.markAllRead')}
          </button>
        ) : null}
      </div>
      {body}
    </section>
  )
}

function NotificationRow({
  item,
  onOpen,
  onMarkRead,
}: {
  item: NotificationItem
  onOpen: () => void
  onMarkRead: () => void
}) {
  const { t } = useTranslation()
  const unread = item.readAt === null
  return (
    <li className="bell__item" data-unread={unread}>
      <p className="bell__title">
        {unread ? <span className="ui-visually-hidden">{t('notifications.unread')} </span> : null}
        {item.link ? (
          <Link to={item.link} onClick={onOpen}>
            {item.title}
          </Link>
        ) : (
          item.title
        )}
      </p>
      {item.body ? <p className="bell__body">{item.body}</p> : null}
      <p className="meta">
        {t(`notifications.kind.${item.kind}`)} · <When iso={item.createdAt} />
      </p>
      {unread ? (
        <button
          aria-label={t('notifications.markReadNamed', { title: item.title })}
          type="button"
          className="ui-button ui-button--small"
          onClick={onMarkRead}
        >
          {t('notifications.markRead')}
        </button>
      ) : null}
    </li>
  )
}
