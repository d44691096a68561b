import { Alert } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc, type RouterOutputs } from '../../../app/trpc.ts'
import { useLaborInvalidate } from '../hooks/use-labor-invalidate.ts'
import { useLaborOptions } from '../hooks/use-labor-options.ts'
import { useNow } from '../hooks/use-now.ts'
import { formatHours, formatTime, minutesToHours } from '../labor-format.ts'

type Status = RouterOutputs['labor']['status']
type OpenEntry = NonNullable<Status['open']>

/** The phone's big button: clock in (with a room or task), breaks, clock out. */
export function ClockPanel({ status, fetchedAt }: { status: Status; fetchedAt: number }) {
  const { t, i18n } = useTranslation()
  const [message, setMessage] = useState<string | null>(null)
  const open = status.open
  return (
    <section className="card stack labor-clock" aria-labelledby="labor-clock-heading">
      <h2 id="labor-clock-heading" className="card__heading">
        {open ? t('labor.time.clockedInHeading') : t('labor.time.clockedOutHeading')}
      </h2>
      {open ? (
        <OpenEntryControls entry={open} fetchedAt={fetchedAt} onDone={setMessage} />
      ) : (
        <ClockInForm onDone={setMessage} />
      )}
      <Alert tone="info">{message}</Alert>
      <p className="meta">
        {t('labor.time.todayTotal', {
          hours: formatHours(minutesToHours(status.todayMinutes), i18n.language),
        })}
      </p>
    </section>
  )
}

function ClockInForm({ onDone }: { onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const options = useLaborOptions()
  const invalidate = useLaborInvalidate()
  const [roomId, setRoomId] = useState('')
  const [taskId, setTaskId] = useState('')
  const clockIn = trpc.labor.clockIn.useMutation({
    onSuccess: (entry) =>
      onDone(t('labor.time.clockedInAt', { time: formatTime(entry.clockInAt, i18n.language) })),
    onSettled: () => invalidate(),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    if (clockIn.isPending) return
    const task = options.data?.tasks.find((candidate) => candidate.id === taskId)
    clockIn.mutate({
      organizationId,
      ...(roomId ? { roomId } : task?.roomId ? { roomId: task.roomId } : {}),
      ...(taskId ? { taskId } : {}),
    })
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="form-row">
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-room`}>
            {t('labor.time.room')}
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
                {`${room.buildingCode} · ${room.code} — ${room.name}`}
              </option>
            ))}
          </select>
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-task`}>
            {t('labor.time.task')}
          </label>
          <select
            id={`${id}-task`}
            className="ui-select"
            value={taskId}
            onChange={(event) => setTaskId(event.target.value)}
          >
            <option value="">{t('labor.time.noTask')}</option>
            {(options.data?.tasks ?? []).map((task) => (
              <option key={task.id} value={task.id}>
                {task.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button
        type="submit"
        className="ui-button ui-button--primary labor-big-button"
        aria-disabled={clockIn.isPending}
      >
        {t('labor.time.clockIn')}
      </button>
      <Alert>{clockIn.isError ? translateApiError(i18n, clockIn.error) : null}</Alert>
    </form>
  )
}

function OpenEntryControls({
  entry,
  fetchedAt,
  onDone,
}: {
  entry: OpenEntry
  fetchedAt: number
  onDone: (message: string) => void
}) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const invalidate = useLaborInvalidate()
  const now = useNow(30_000)
  const [paid, setPaid] = useState(false)
  const onUnpaidBreak = entry.onBreak !== null && !entry.onBreak.paid
  // Worked minutes as the api counted them, plus the time since, unless on an unpaid break.
  const sinceFetch = onUnpaidBreak ? 0 : Math.max(0, (now - fetchedAt) / 60_000)
  const worked = minutesToHours(entry.workedMinutes + sinceFetch)
  const settle = { onSettled: () => invalidate() }
  const clockOut = trpc.labor.clockOut.useMutation({
    ...settle,
    onSuccess: (closed) =>
      onDone(
        t('labor.time.clockedOutAt', {
          time: formatTime(closed.clockOutAt ?? closed.clockInAt, i18n.language),
          hours: formatHours(minutesToHours(closed.workedMinutes), i18n.language),
        }),
      ),
  })
  const startBreak = trpc.labor.startBreak.useMutation({
    ...settle,
    onSuccess: () => onDone(t(paid ? 'labor.time.breakStartedPaid' : 'labor.time.breakStarted')),
  })
  const endBreak = trpc.labor.endBreak.useMutation({
    ...settle,
    onSuccess: () => onDone(t('labor.time.breakEnded')),
  })
  const failed = [clockOut, startBreak, endBreak].find((mutation) => mutation.isError)
  const busy = clockOut.isPending || startBreak.isPending || endBreak.isPending

  return (
    <div className="stack">
      <p className="labor-clock__since">
        {t('labor.time.since', { time: formatTime(entry.clockInAt, i18n.language) })}
        {entry.room ? ` · ${entry.room.buildingCode} · ${entry.room.code}` : ''}
        {entry.task ? ` · ${entry.task.title}` : ''}
      </p>
      <p className="labor-clock__worked">
        {t('labor.time.workedSoFar', { hours: formatHours(worked, i18n.language) })}
      </p>
      {entry.onBreak ? (
        <p className="pill" data-tone="warning">
          {t(entry.onBreak.paid ? 'labor.time.onPaidBreak' : 'labor.time.onUnpaidBreak', {
            time: formatTime(entry.onBreak.startedAt, i18n.language),
          })}
        </p>
      ) : null}
      <button
        type="button"
        className="ui-button ui-button--primary labor-big-button"
        data-tone="stop"
        aria-disabled={busy}
        onClick={() => {
          if (!busy) clockOut.mutate({ organizationId })
        }}
      >
        {t('labor.time.clockOut')}
      </button>
      {entry.onBreak ? (
        <button
          type="button"
          className="ui-button ui-button--secondary labor-break-button"
          aria-disabled={busy}
          onClick={() => {
            if (!busy) endBreak.mutate({ organizationId })
          }}
        >
          {t('labor.time.endBreak')}
        </button>
      ) : (
        <fieldset className="live-fieldset labor-break">
          <legend className="ui-field__label">{t('labor.time.breakKind')}</legend>
          <div className="choice-row">
            <label className="choice">
              <input
                type="radio"
                name="labor-break-kind"
                checked={!paid}
                onChange={() => setPaid(false)}
              />
              {t('labor.time.breakUnpaid')}
            </label>
            <label className="choice">
              <input
                type="radio"
                name="labor-break-kind"
                checked={paid}
                onChange={() => setPaid(true)}
              />
              {t('labor.time.breakPaid')}
            </label>
          </div>
          <button
            type="button"
            className="ui-button ui-button--secondary labor-break-button"
            aria-disabled={busy}
            onClick={() => {
              if (!busy) startBreak.mutate({ organizationId, paid })
            }}
          >
            {t('labor.time.startBreak')}
          </button>
        </fieldset>
      )}
      <Alert>{failed?.error ? translateApiError(i18n, failed.error) : null}</Alert>
    </div>
  )
}
