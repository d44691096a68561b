import type { StoredFileSummary } from '@growops/domain'
import { Alert } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { PhotoInput } from '../../files/components/photo-input.tsx'

/** Complete with an optional note and photo (TASK13); waits for a photo still uploading. */
export function CompleteForm({ taskId, onDone }: { taskId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const utils = trpc.useUtils()
  const [note, setNote] = useState('')
  const [photo, setPhoto] = useState<StoredFileSummary | null>(null)
  const [uploading, setUploading] = useState(false)
  const [waitHint, setWaitHint] = useState(false)
  const complete = trpc.task.complete.useMutation({
    onSuccess: onDone,
    onSettled: () => utils.task.invalidate(),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    if (uploading) return setWaitHint(true)
    if (complete.isPending) return
    complete.mutate({
      organizationId,
      taskId,
      note,
      ...(photo ? { photoId: photo.id } : {}),
    })
  }

  return (
    <form className="stack task-complete" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="card__heading">
        {t('tasks.actions.completeHeading')}
      </h3>
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-note`}>
          {t('tasks.actions.note')}
        </label>
        <textarea
          id={`${id}-note`}
          className="ui-field__input"
          rows={3}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <PhotoInput
        organizationId={organizationId}
        label={t('tasks.actions.photo')}
        value={photo}
        onChange={setPhoto}
        onUploadingChange={(busy) => {
          setUploading(busy)
          if (!busy) setWaitHint(false)
        }}
      />
      <div className="row-actions">
        <button
          type="submit"
          className="ui-button ui-button--primary"
          aria-disabled={complete.isPending || uploading}
        >
          {t('tasks.actions.confirmComplete')}
        </button>
      </div>
      <Alert tone="info">{waitHint ? t('tasks.actions.waitForPhoto') : null}</Alert>
      <Alert>{complete.error ? translateApiError(i18n, complete.error) : null}</Alert>
    </form>
  )
}
