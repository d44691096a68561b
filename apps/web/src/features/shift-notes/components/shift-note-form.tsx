import { ShiftNoteCreateInputSchema } from '@growops/domain'
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
import { usePropertyRooms } from '../hooks/use-property-rooms.ts'

const SHIFTS = ['DAY', 'SWING', 'NIGHT'] as const

/** Write a note for this shift (or a chosen one), about a room or the whole property. */
export function ShiftNoteForm({ propertyId }: { propertyId: string }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const utils = trpc.useUtils()
  const rooms = usePropertyRooms(propertyId)
  const [roomId, setRoomId] = useState('')
  const [shift, setShift] = useState<'' | (typeof SHIFTS)[number]>('')
  const [shiftDate, setShiftDate] = useState('')
  const [body, setBody] = useState('')
  const [followUp, setFollowUp] = useState(false)
  const [invalid, setInvalid] = useState<InvalidFields>(new Set())
  const [result, setResult] = useState<{ unresolved: string[] } | null>(null)
  const create = trpc.shiftNote.create.useMutation({
    onSuccess: (answer) => {
      setBody('')
      setFollowUp(false)
      setInvalid(new Set())
      setResult({ unresolved: answer.unresolved.map((mention) => mention.text) })
    },
    onError: (error) => setInvalid(invalidFieldsOf(readApiError(error).fieldErrors)),
    onSettled: () => utils.shiftNote.invalidate(),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    setResult(null)
    const parsed = ShiftNoteCreateInputSchema.safeParse({
      propertyId,
      body,
      followUp,
      ...(roomId ? { roomId } : {}),
      ...(shift ? { shift, shiftDate } : {}),
    })
    if (!parsed.success) {
      setInvalid(invalidFieldsOf(parsed.error))
      return
    }
    create.mutate({ organizationId, ...parsed.data })
  }

  return (
    <form className="stack live-form" onSubmit={submit} noValidate>
      <div className="form-row">
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-room`}>
            {t('shiftNotes.form.room')}
          </label>
          <select
            id={`${id}-room`}
            className="ui-select"
            value={roomId}
            onChange={(event) => setRoomId(event.target.value)}
          >
            <option value="">{t('shiftNotes.wholeProperty')}</option>
            {rooms.map((room) => (
              <option key={room.id} value={room.id}>
                {room.label}
              </option>
            ))}
          </select>
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-shift`}>
            {t('shiftNotes.form.shift')}
          </label>
          <select
            id={`${id}-shift`}
            className="ui-select"
            value={shift}
            onChange={(event) => setShift(event.target.value as typeof shift)}
          >
            <option value="">{t('shiftNotes.form.currentShift')}</option>
            {SHIFTS.map((value) => (
              <option key={value} value={value}>
                {t(`shiftNotes.shift.${value}`)}
              </option>
            ))}
          </select>
        </div>
        {shift ? (
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-date`}>
              {t('shiftNotes.form.date')}
            </label>
            <input
              id={`${id}-date`}
              type="date"
              className="ui-field__input"
              value={shiftDate}
              onChange={(event) => setShiftDate(event.target.value)}
              aria-invalid={invalid.has('shiftDate') ? true : undefined}
              aria-describedby={invalid.has('shiftDate') ? `${id}-date-error` : undefined}
            />
            <FieldError
              id={`${id}-date-error`}
              message={invalid.has('shiftDate') ? t('shiftNotes.form.errors.date') : null}
            />
          </div>
        ) : null}
      </div>
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-body`}>
          {t('shiftNotes.form.body')}
        </label>
        <textarea
          id={`${id}-body`}
          className="ui-field__input"
          rows={4}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          aria-invalid={invalid.has('body') ? true : undefined}
          aria-describedby={`${id}-hint${invalid.has('body') ? ` ${id}-body-error` : ''}`}
        />
        <p id={`${id}-hint`} className="meta">
          {t('shiftNotes.form.mentionsHint')}
        </p>
        <FieldError
          id={`${id}-body-error`}
          message={invalid.has('body') ? t('shiftNotes.form.errors.body') : null}
        />
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={followUp}
          onChange={(event) => setFollowUp(event.target.checked)}
        />
        {t('shiftNotes.form.followUp')}
      </label>
      <div>
        <button
          type="submit"
          className="ui-button ui-button--primary"
          aria-disabled={create.isPending}
        >
          {create.isPending ? t('shiftNotes.form.saving') : t('shiftNotes.form.submit')}
        </button>
      </div>
      <Alert>
        {create.isError && invalid.size === 0 ? translateApiError(i18n, create.error) : null}
      </Alert>
      <Alert tone="info">
        {result
          ? result.unresolved.length > 0
            ? t('shiftNotes.form.savedUnresolved', { mentions: result.unresolved.join(', ') })
            : t('shiftNotes.form.saved')
          : null}
      </Alert>
    </form>
  )
}
