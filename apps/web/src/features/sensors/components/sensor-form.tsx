import { SensorCreateInputSchema, SensorDeviceKindSchema } from '@growops/domain'
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
import { ApiKeyOnce } from './api-key-once.tsx'

const KINDS = SensorDeviceKindSchema.options

/** Register a sensor (CULTIVATION_OPS FULL); its device API key is shown once. */
export function SensorForm({ propertyId }: { propertyId: string }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const utils = trpc.useUtils()
  const rooms = usePropertyRooms(propertyId)
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [kind, setKind] = useState<(typeof KINDS)[number]>('MULTI')
  const [roomId, setRoomId] = useState('')
  const [invalid, setInvalid] = useState<InvalidFields>(new Set())
  const [created, setCreated] = useState<{ code: string; apiKey: string } | null>(null)
  const create = trpc.sensor.create.useMutation({
    onSuccess: (answer) => {
      setCreated({ code: answer.sensor.code, apiKey: answer.apiKey })
      setCode('')
      setName('')
      setInvalid(new Set())
    },
    onError: (error) => setInvalid(invalidFieldsOf(readApiError(error).fieldErrors)),
    onSettled: () => utils.sensor.invalidate(),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    setCreated(null)
    const parsed = SensorCreateInputSchema.safeParse({
      propertyId,
      code,
      name,
      kind,
      roomId: roomId || null,
    })
    if (!parsed.success) {
      setInvalid(invalidFieldsOf(parsed.error))
      return
    }
    create.mutate({ organizationId, ...parsed.data })
  }

  const codeTaken = readApiError(create.error).messageKey === 'errors.SENSOR.CODE_TAKEN'
  return (
    <div className="stack">
      <form className="stack live-form" onSubmit={submit} noValidate>
        <div className="form-row">
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-code`}>
              {t('sensors.form.code')}
            </label>
            <input
              id={`${id}-code`}
              className="ui-field__input"
              value={code}
              autoCapitalize="characters"
              spellCheck={false}
              onChange={(event) => setCode(event.target.value)}
              aria-invalid={invalid.has('code') || codeTaken ? true : undefined}
              aria-describedby={`${id}-code-hint${invalid.has('code') ? ` ${id}-code-error` : ''}`}
            />
            <p id={`${id}-code-hint`} className="meta">
              {t('sensors.form.codeHint')}
            </p>
            <FieldError
              id={`${id}-code-error`}
              message={invalid.has('code') ? t('sensors.form.errors.code') : null}
            />
          </div>
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-name`}>
              {t('sensors.form.name')}
            </label>
            <input
              id={`${id}-name`}
              className="ui-field__input"
              value={name}
              onChange={(event) => setName(event.target.value)}
              aria-invalid={invalid.has('name') ? true : undefined}
              aria-describedby={invalid.has('name') ? `${id}-name-error` : undefined}
            />
            <FieldError
              id={`${id}-name-error`}
              message={invalid.has('name') ? t('sensors.form.errors.name') : null}
            />
          </div>
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-kind`}>
              {t('sensors.form.kind')}
            </label>
            <select
              id={`${id}-kind`}
              className="ui-select"
              value={kind}
              onChange={(event) => setKind(event.target.value as typeof kind)}
            >
              {KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(`sensors.kind.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-room`}>
              {t('sensors.form.room')}
            </label>
            <select
              id={`${id}-room`}
              className="ui-select"
              value={roomId}
              onChange={(event) => setRoomId(event.target.value)}
            >
              <option value="">{t('sensors.noRoom')}</option>
              {rooms.map((room) => (
                <option key={room.id} value={room.id}>
                  {room.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div>
          <button
            type="submit"
            className="ui-button ui-button--primary"
            aria-disabled={create.isPending}
          >
            {create.isPending ? t('sensors.form.saving') : t('sensors.form.submit')}
          </button>
        </div>
        <Alert>
          {create.isError && invalid.size === 0 ? translateApiError(i18n, create.error) : null}
        </Alert>
      </form>
      {created ? (
        <ApiKeyOnce code={created.code} apiKey={created.apiKey} onDone={() => setCreated(null)} />
      ) : null}
    </div>
  )
}
