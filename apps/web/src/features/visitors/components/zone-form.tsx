import { ZoneCreateInputSchema } from '@growops/domain'
import { Alert } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { readApiError, translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import {
  FieldError,
  invalidFieldsOf,
  type InvalidFields,
} from '../../live/components/field-error.tsx'
import { usePropertyRooms } from '../../shift-notes/hooks/use-property-rooms.ts'

export interface ZoneDraft {
  id: string | null
  code: string
  name: string
  capacity: string
  escortRequired: boolean
  roomIds: string[]
}

export const NEW_ZONE: ZoneDraft = {
  id: null,
  code: '',
  name: '',
  capacity: '',
  escortRequired: true,
  roomIds: [],
}

/** Create or edit a zone: code, name, capacity, escort rule and the layout rooms it covers. */
export function ZoneForm({
  propertyId,
  draft,
  onDone,
}: {
  propertyId: string
  draft: ZoneDraft
  onDone: () => void
}) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const utils = trpc.useUtils()
  const rooms = usePropertyRooms(propertyId)
  const [zone, setZone] = useState<ZoneDraft>(draft)
  const [invalid, setInvalid] = useState<InvalidFields>(new Set())
  const handlers = {
    onSuccess: () => onDone(),
    onError: (error: unknown) => setInvalid(invalidFieldsOf(readApiError(error).fieldErrors)),
    onSettled: () => utils.visitor.zones.invalidate(),
  }
  const create = trpc.visitor.createZone.useMutation(handlers)
  const update = trpc.visitor.updateZone.useMutation(handlers)
  const saving = create.isPending || update.isPending
  const error = create.error ?? update.error

  function submit(event: FormEvent) {
    event.preventDefault()
    const capacity = zone.capacity.trim() === '' ? null : Number(zone.capacity)
    const parsed = ZoneCreateInputSchema.safeParse({
      propertyId,
      code: zone.code,
      name: zone.name,
      capacity,
      escortRequired: zone.escortRequired,
      roomIds: zone.roomIds,
    })
    if (!parsed.success) {
      setInvalid(invalidFieldsOf(parsed.error))
      return
    }
    setInvalid(new Set())
    const { propertyId: _property, ...fields } = parsed.data
    if (zone.id) update.mutate({ organizationId, zoneId: zone.id, ...fields })
    else create.mutate({ organizationId, ...parsed.data })
  }

  const text = (name: 'code' | 'name' | 'capacity', inputMode?: 'numeric') => (
    <div className="ui-field">
      <label className="ui-field__label" htmlFor={`${id}-${name}`}>
        {t(`visitors.zoneForm.${name}`)}
      </label>
      <input
        id={`${id}-${name}`}
        className="ui-field__input"
        inputMode={inputMode}
        value={zone[name]}
        onChange={(event) => setZone({ ...zone, [name]: event.target.value })}
        aria-invalid={invalid.has(name) ? true : undefined}
        aria-describedby={invalid.has(name) ? `${id}-${name}-error` : undefined}
        autoComplete="off"
      />
      <FieldError
        id={`${id}-${name}-error`}
        message={invalid.has(name) ? t(`visitors.zoneForm.errors.${name}`) : null}
      />
    </div>
  )

  return (
    <form className="stack live-form visitor-zone-form" onSubmit={submit} noValidate>
      <div className="form-row">
        {text('code')}
        {text('name')}
        {text('capacity', 'numeric')}
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={zone.escortRequired}
          onChange={(event) => setZone({ ...zone, escortRequired: event.target.checked })}
        />
        {t('visitors.zoneForm.escortRequired')}
      </label>
      <fieldset className="live-fieldset">
        <legend className="ui-field__label">{t('visitors.zoneForm.rooms')}</legend>
        {rooms.length === 0 ? <p className="meta">{t('visitors.zoneForm.noRooms')}</p> : null}
        <div className="visitor-room-grid">
          {rooms.map((room) => (
            <label key={room.id} className="choice">
              <input
                type="checkbox"
                checked={zone.roomIds.includes(room.id)}
                onChange={(event) =>
                  setZone({
                    ...zone,
                    roomIds: event.target.checked
                      ? [...zone.roomIds, room.id]
                      : zone.roomIds.filter((roomId) => roomId !== room.id),
                  })
                }
              />
              {room.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="row-actions">
        <button type="submit" className="ui-button ui-button--primary" aria-disabled={saving}>
          {saving ? t('visitors.zoneForm.saving') : t('visitors.zoneForm.save')}
        </button>
        <button type="button" className="ui-button ui-button--secondary" onClick={onDone}>
          {t('visitors.zoneForm.cancel')}
        </button>
      </div>
      <Alert>{error && invalid.size === 0 ? translateApiError(i18n, error) : null}</Alert>
    </form>
  )
}
