import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { usePropertyRooms } from '../hooks/use-property-rooms.ts'
import { ShiftNoteItem } from './shift-note-item.tsx'

/** Every note of the property, newest first; filter by room and follow-up state. */
export function ShiftNoteList({ propertyId, canWrite }: { propertyId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const rooms = usePropertyRooms(propertyId)
  const [roomId, setRoomId] = useState('')
  const [followUps, setFollowUps] = useState<'all' | 'followUp' | 'open'>('all')
  const notes = trpc.shiftNote.list.useQuery({
    organizationId,
    propertyId,
    ...(roomId ? { roomId } : {}),
    followUpOnly: followUps !== 'all',
    openOnly: followUps === 'open',
    limit: 100,
  })

  let body
  if (notes.isPending) body = <LoadingState label={t('shiftNotes.list.loading')} />
  else if (notes.isError) body = <Alert>{translateApiError(i18n, notes.error)}</Alert>
  else if (notes.data.length === 0)
    body = (
      <EmptyState title={t('shiftNotes.list.empty.title')} headingLevel={3}>
        <p>{t('shiftNotes.list.empty.body')}</p>
      </EmptyState>
    )
  else
    body = (
      <ul className="dash-list">
        {notes.data.map((note) => (
          <ShiftNoteItem key={note.id} note={note} canComplete={canWrite} />
        ))}
      </ul>
    )

  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="card__heading">
        {t('shiftNotes.list.heading')}
      </h2>
      <div className="form-row">
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-room`}>
            {t('shiftNotes.list.room')}
          </label>
          <select
            id={`${id}-room`}
            className="ui-select"
            value={roomId}
            onChange={(event) => setRoomId(event.target.value)}
          >
            <option value="">{t('shiftNotes.list.allRooms')}</option>
            {rooms.map((room) => (
              <option key={room.id} value={room.id}>
                {room.label}
              </option>
            ))}
          </select>
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-follow`}>
            {t('shiftNotes.list.show')}
          </label>
          <select
            id={`${id}-follow`}
            className="ui-select"
            value={followUps}
            onChange={(event) => setFollowUps(event.target.value as typeof followUps)}
          >
            <option value="all">{t('shiftNotes.list.allNotes')}</option>
            <option value="followUp">{t('shiftNotes.list.followUps')}</option>
            <option value="open">{t('shiftNotes.list.openFollowUps')}</option>
          </select>
        </div>
      </div>
      {body}
    </section>
  )
}
