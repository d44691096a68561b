import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { formatDateTime } from '../../live/format-time.ts'
import { ShiftNoteItem } from './shift-note-item.tsx'

/** What the previous shifts wrote since my last shift (or since I marked the handoff read). */
export function HandoffPanel({ propertyId, canWrite }: { propertyId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const headingId = useId()
  const utils = trpc.useUtils()
  const handoff = trpc.shiftNote.handoff.useQuery({ organizationId, propertyId })
  const markRead = trpc.shiftNote.acknowledgeHandoff.useMutation({
    onSettled: () => utils.shiftNote.handoff.invalidate(),
  })

  let body
  if (handoff.isPending) body = <LoadingState label={t('shiftNotes.handoff.loading')} />
  else if (handoff.isError) body = <Alert>{translateApiError(i18n, handoff.error)}</Alert>
  else {
    const { since, sinceReason, groups, total } = handoff.data
    body = (
      <>
        <p className="meta">
          {t(`shiftNotes.handoff.since.${sinceReason}`, {
            time: formatDateTime(since, i18n.language),
          })}
        </p>
        {total === 0 ? (
          <EmptyState title={t('shiftNotes.handoff.empty.title')} headingLevel={3}>
            <p>{t('shiftNotes.handoff.empty.body')}</p>
          </EmptyState>
        ) : (
          groups.map((group) => (
            <div key={group.room?.id ?? 'property'} className="handoff-group">
              <h3 className="handoff-group__heading">
                {group.room
                  ? t('shiftNotes.room', { code: group.room.code, name: group.room.name })
                  : t('shiftNotes.wholeProperty')}
              </h3>
              <ul className="dash-list">
                {group.notes.map((note) => (
                  <ShiftNoteItem key={note.id} note={note} canComplete={canWrite} />
                ))}
              </ul>
            </div>
          ))
        )}
        {total > 0 ? (
          <div>
            <button
              type="button"
              className="ui-button ui-button--secondary"
              aria-disabled={markRead.isPending}
              onClick={() => {
                if (!markRead.isPending) markRead.mutate({ organizationId, propertyId })
              }}
            >
              {t('shiftNotes.handoff.markRead')}
            </button>
          </div>
        ) : null}
      </>
    )
  }
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__heading">
        {t('shiftNotes.handoff.heading')}
      </h2>
      {body}
    </section>
  )
}
