// The scans kept on this phone: a count, an offline note, and each action with its state.
// Refused ones show the api's reason and what the person can do: try again, discard, or (a
// move) send it to another position.
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { translateKey } from '../../../app/translate-key.ts'
import { changeMoveDestination, relabelMove } from './destination-change.ts'
import type { QueueEntry } from './scan-action.ts'
import { useScanServiceWorker } from './register-service-worker.ts'
import { useOfflineQueue, type OfflineQueueView } from './use-offline-queue.ts'
import './offline-queue.css'

function ConflictActions({ entry, queue }: { entry: QueueEntry; queue: OfflineQueueView }) {
  const { t } = useTranslation()
  const fieldId = useId()
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const change = changeMoveDestination(entry.input, text)
    if (!change.ok) {
      setProblem(translateKey(t, change.messageKey, { defaultValue: t('errors.UNKNOWN') }))
      return
    }
    setEditing(false)
    void queue.edit(entry.id, {
      input: change.input,
      label: relabelMove(entry.label, change.shown),
    })
  }

  return (
    <div className="scan-queue__actions">
      <button
        type="button"
        className="ui-button ui-button--secondary"
        aria-label={t('scanQueue.retryNamed', { label: entry.label })}
        onClick={() => void queue.retry(entry.id)}
      >
        {t('scanQueue.retry')}
      </button>
      <button
        type="button"
        className="ui-button ui-button--secondary"
        aria-label={t('scanQueue.discardNamed', { label: entry.label })}
        onClick={() => void queue.discard(entry.id)}
      >
        {t('scanQueue.discard')}
      </button>
      {entry.type === 'move' && !editing ? (
        <button
          type="button"
          className="ui-button ui-button--secondary"
          aria-label={t('scanQueue.edit.openNamed', { label: entry.label })}
          onClick={() => setEditing(true)}
        >
          {t('scanQueue.edit.open')}
        </button>
      ) : null}
      {editing ? (
        <form className="scan-queue__edit" onSubmit={submit} noValidate>
          <label className="ui-field__label" htmlFor={fieldId}>
            {t('scanQueue.edit.label')}
          </label>
          <input
            id={fieldId}
            className="ui-field__input"
            value={text}
            autoComplete="off"
            autoCapitalize="characters"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${fieldId}-problem` : undefined}
            onChange={(event) => {
              setText(event.target.value)
              setProblem(null)
            }}
          />
          {problem ? (
            <p id={`${fieldId}-problem`} className="ui-field__error">
              {problem}
            </p>
          ) : null}
          <div className="scan-queue__actions">
            <button type="submit" className="ui-button ui-button--primary">
              {t('scanQueue.edit.send')}
            </button>
            <button
              type="button"
              className="ui-button ui-button--secondary"
              onClick={() => setEditing(false)}
            >
              {t('scanQueue.edit.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  )
}

function QueueItem({ entry, queue }: { entry: QueueEntry; queue: OfflineQueueView }) {
  const { t } = useTranslation()
  const reason = entry.error
    ? translateKey(t, entry.error.messageKey ?? 'errors.UNKNOWN', {
        defaultValue: t('errors.UNKNOWN'),
      })
    : null
  return (
    <li className="scan-queue__item" data-status={entry.status}>
      <span className="scan-queue__label">{entry.label}</span>
      <span className="scan-queue__status">{t(`scanQueue.status.${entry.status}`)}</span>
      {reason ? <p className="scan-queue__reason">{reason}</p> : null}
      {entry.status === 'conflict' ? <ConflictActions entry={entry} queue={queue} /> : null}
    </li>
  )
}

/**
 * Mount on /scan: nothing shows while online with nothing waiting. Mounting it also installs
 * the service worker (production builds) and tells the queue who is signed in.
 */
export function OfflineQueuePanel() {
  const { t } = useTranslation()
  const queue = useOfflineQueue()
  useScanServiceWorker()
  const headingId = useId()
  if (queue.online && queue.entries.length === 0) return null
  return (
    <section className="scan-queue" aria-labelledby={headingId}>
      <h2 id={headingId} className="scan-queue__title">
        {t('scanQueue.title')}{' '}
        <span className="scan-queue__badge" data-testid="scan-queue-count">
          {queue.entries.length}
        </span>
      </h2>
      <p role="status" className="scan-queue__summary">
        {queue.online ? null : t('scanQueue.offline')}{' '}
        {queue.pendingCount > 0 ? t('scanQueue.waiting', { count: queue.pendingCount }) : null}{' '}
        {queue.conflictCount > 0 ? t('scanQueue.attention', { count: queue.conflictCount }) : null}
      </p>
      {queue.needsSignIn ? (
        <p className="ui-alert ui-alert--error">{t('scanQueue.signIn')}</p>
      ) : null}
      {queue.entries.length > 0 ? (
        <ol className="scan-queue__list">
          {queue.entries.map((entry) => (
            <QueueItem key={entry.id} entry={entry} queue={queue} />
          ))}
        </ol>
      ) : null}
      {queue.online && queue.pendingCount > 0 ? (
        <button
          type="button"
          className="ui-button ui-button--secondary"
          disabled={queue.replaying}
          onClick={() => void queue.replay()}
        >
          {t('scanQueue.sendNow')}
        </button>
      ) : null}
    </section>
  )
}
