import { EDIT_REASON_MIN_LENGTH, EditTimeEntryInputSchema } from '@growops/domain'
import { Alert } from '@growops/ui'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { readApiError, translateApiError } from '../../../app/api-errors.ts'
import { trpc, type RouterOutputs } from '../../../app/trpc.ts'
import {
  FieldError,
  invalidFieldsOf,
  type InvalidFields,
} from '../../live/components/field-error.tsx'
import { useLaborInvalidate } from '../hooks/use-labor-invalidate.ts'
import { useLaborOptions } from '../hooks/use-labor-options.ts'
import { formatDateTime, fromLocalInput, toLocalInput } from '../labor-format.ts'

type Entry = RouterOutputs['labor']['entries']['entries'][number]

/**
 * Corrects one entry (LAB12): times, room and note, with a reason of at least 5 characters
 * that is kept with the before and after.
 */
export function EntryEditForm({ entry, onClose }: { entry: Entry; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const options = useLaborOptions()
  const invalidate = useLaborInvalidate()
  const [clockIn, setClockIn] = useState(toLocalInput(entry.clockInAt))
  const [clockOut, setClockOut] = useState(entry.clockOutAt ? toLocalInput(entry.clockOutAt) : '')
  const [roomId, setRoomId] = useState(entry.room?.id ?? '')
  const [note, setNote] = useState(entry.note ?? '')
  const [reason, setReason] = useState('')
  const [invalid, setInvalid] = useState<InvalidFields>(new Set())
  const edit = trpc.labor.editEntry.useMutation({
    onSuccess: () => onClose(),
    onError: (error) => setInvalid(invalidFieldsOf(readApiError(error).fieldErrors)),
    onSettled: () => invalidate(),
  })

  // Keyboard and screen-reader users land on the form they opened.
  useEffect(() => headingRef.current?.focus(), [])

  function submit(event: FormEvent) {
    event.preventDefault()
    const clockInAt = fromLocalInput(clockIn)
    const clockOutAt = clockOut ? fromLocalInput(clockOut) : null
    const changes = {
      ...(clockInAt && clockInAt !== entry.clockInAt ? { clockInAt } : {}),
      ...(clockOutAt && clockOutAt !== entry.clockOutAt ? { clockOutAt } : {}),
      ...(roomId !== (entry.room?.id ?? '') ? { roomId: roomId || null } : {}),
      ...(note !== (entry.note ?? '') ? { note: note || null } : {}),
    }
    const badTimes = new Set<string>()
    if (!clockInAt) badTimes.add('clockInAt')
    if (clockOut && !clockOutAt) badTimes.add('clockOutAt')
    const parsed = EditTimeEntryInputSchema.safeParse({
      timeEntryId: entry.id,
      reason,
      ...changes,
    })
    if (!parsed.success || badTimes.size > 0) {
      setInvalid(new Set([...badTimes, ...(parsed.success ? [] : invalidFieldsOf(parsed.error))]))
      return
    }
    setInvalid(new Set())
    edit.mutate({ organizationId, ...parsed.data })
  }

  const describedBy = (field: string, extra?: string) =>
    [extra, invalid.has(field) ? `${id}-${field}-error` : null].filter(Boolean).join(' ') ||
    undefined

  return (
    <section className="card stack labor-edit" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="card__heading" tabIndex={-1} ref={headingRef}>
        {t('labor.edit.heading', {
          name: entry.user.name,
          time: formatDateTime(entry.clockInAt, i18n.language),
        })}
      </h3>
      <form className="stack" onSubmit={submit} noValidate>
        <div className="form-row">
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-in`}>
              {t('labor.edit.clockIn')}
            </label>
            <input
              id={`${id}-in`}
              type="datetime-local"
              className="ui-field__input"
              value={clockIn}
              onChange={(event) => setClockIn(event.target.value)}
              aria-invalid={invalid.has('clockInAt') || undefined}
              aria-describedby={describedBy('clockInAt')}
            />
            <FieldError
              id={`${id}-clockInAt-error`}
              message={invalid.has('clockInAt') ? t('labor.edit.errors.clockIn') : null}
            />
          </div>
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-out`}>
              {t('labor.edit.clockOut')}
            </label>
            <input
              id={`${id}-out`}
              type="datetime-local"
              className="ui-field__input"
              value={clockOut}
              onChange={(event) => setClockOut(event.target.value)}
              aria-invalid={invalid.has('clockOutAt') || undefined}
              aria-describedby={describedBy(
                'clockOutAt',
                entry.clockOutAt ? undefined : `${id}-open`,
              )}
            />
            {entry.clockOutAt ? null : (
              <p id={`${id}-open`} className="meta">
                {t('labor.edit.openHint')}
              </p>
            )}
            <FieldError
              id={`${id}-clockOutAt-error`}
              message={invalid.has('clockOutAt') ? t('labor.edit.errors.clockOut') : null}
            />
          </div>
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-room`}>
              {t('labor.edit.room')}
            </label>
            <select
              id={`${id}-room`}
              className="ui-select"
              value={roomId}
              onChange={(event) => setRoomId(event.target.value)}
            >
              <option value="">{t('labor.time.noRoom')}</option>
              {(options.data?.rooms ?? []).map((room) => (
                <option key={room.id} value={room.id}>
                  {`${room.buildingCode} · ${room.code}`}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-note`}>
            {t('labor.edit.note')}
          </label>
          <input
            id={`${id}-note`}
            className="ui-field__input"
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-reason`}>
            {t('labor.edit.reason')}
          </label>
          <textarea
            id={`${id}-reason`}
            className="ui-field__input"
            rows={2}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={invalid.has('reason') || undefined}
            aria-describedby={describedBy('reason', `${id}-reason-hint`)}
          />
          <p id={`${id}-reason-hint`} className="meta">
            {t('labor.edit.reasonHint', { min: EDIT_REASON_MIN_LENGTH })}
          </p>
          <FieldError
            id={`${id}-reason-error`}
            message={
              invalid.has('reason')
                ? t('labor.edit.errors.reason', { min: EDIT_REASON_MIN_LENGTH })
                : null
            }
          />
        </div>
        <Alert>
          {invalid.has('timeEntryId')
            ? t('labor.edit.errors.nothingChanged')
            : edit.isError && invalid.size === 0
              ? translateApiError(i18n, edit.error)
              : null}
        </Alert>
        <div className="button-row">
          <button
            type="submit"
            className="ui-button ui-button--primary"
            aria-disabled={edit.isPending}
          >
            {edit.isPending ? t('labor.edit.saving') : t('labor.edit.save')}
          </button>
          <button type="button" className="ui-button ui-button--secondary" onClick={onClose}>
            {t('labor.edit.cancel')}
          </button>
        </div>
      </form>
    </section>
  )
}
