import { Alert, LoadingState } from '@growops/ui'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'

interface AuditRoomPickerProps {
  starting: boolean
  onStart: (roomId: string) => void
  onResume: (walkId: string) => void
}

/** Which room to walk: property (when there are several), then room; or an unfinished walk. */
export function AuditRoomPicker({ starting, onStart, onResume }: AuditRoomPickerProps) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const ids = { property: useId(), room: useId() }
  const properties = trpc.property.list.useQuery({ organizationId })
  const [propertyId, setPropertyId] = useState<string | null>(null)
  const chosenProperty = propertyId ?? properties.data?.[0]?.id ?? null
  const rooms = trpc.property.occupancy.useQuery(
    { organizationId, propertyId: chosenProperty ?? '' },
    { enabled: chosenProperty !== null },
  )
  const [roomId, setRoomId] = useState<string | null>(null)
  const chosenRoom = roomId ?? rooms.data?.[0]?.roomId ?? null
  const walks = trpc.auditWalk.list.useQuery(
    { organizationId, roomId: chosenRoom ?? '', limit: 5 },
    { enabled: chosenRoom !== null },
  )
  const unfinished = walks.data?.find((walk) => walk.status === 'IN_PROGRESS') ?? null

  if (properties.isPending) return <LoadingState label={t('scan.audit.loading')} />
  if (properties.isError) return <Alert>{translateApiError(i18n, properties.error)}</Alert>
  if (rooms.isError) return <Alert>{translateApiError(i18n, rooms.error)}</Alert>
  if (rooms.data?.length === 0 || properties.data.length === 0) {
    return <p>{t('scan.audit.noRooms')}</p>
  }
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault()
        if (chosenRoom && !starting) onStart(chosenRoom)
      }}
    >
      {properties.data.length > 1 ? (
        <div className="ui-field">
          <label htmlFor={ids.property} className="ui-field__label">
            {t('scan.audit.pickProperty')}
          </label>
          <select
            id={ids.property}
            className="ui-select scan-big"
            value={chosenProperty ?? ''}
            onChange={(event) => {
              setPropertyId(event.target.value)
              setRoomId(null)
            }}
          >
            {properties.data.map((property) => (
              <option key={property.id} value={property.id}>
                {t('facility.codeAndName', { code: property.code, name: property.name })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="ui-field">
        <label htmlFor={ids.room} className="ui-field__label">
          {t('scan.audit.pickRoom')}
        </label>
        <select
          id={ids.room}
          className="ui-select scan-big"
          value={chosenRoom ?? ''}
          onChange={(event) => setRoomId(event.target.value)}
        >
          {(rooms.data ?? []).map((room) => (
            <option key={room.roomId} value={room.roomId}>
              {t('scan.audit.roomOption', {
                building: room.buildingCode,
                room: room.roomCode,
                count: room.occupied,
              })}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="ui-button ui-button--primary scan-big"
        aria-disabled={starting || chosenRoom === null || undefined}
      >
        {starting ? t('scan.audit.starting') : t('scan.audit.start')}
      </button>
      {unfinished ? (
        <button
          type="button"
          className="ui-button ui-button--secondary scan-big"
          onClick={() => onResume(unfinished.id)}
        >
          {t('scan.audit.resume', { count: unfinished.scanCount })}
        </button>
      ) : null}
    </form>
  )
}
