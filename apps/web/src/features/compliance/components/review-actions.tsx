import { Alert } from '@growops/ui'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import {
  useDocumentMutationOptions,
  type DocumentDetail,
  type DocumentVersion,
} from '../hooks/use-documents.ts'

type Done = 'submit' | 'approve' | 'sendBack'

/**
 * The steps the caller may take on the version being worked on, exactly as the api allows
 * them (`version.actions`): edit, submit, approve, send back with a note.
 */
export function ReviewActions({
  document,
  version,
  onDone,
}: {
  document: DocumentDetail
  version: DocumentVersion
  /** Told after a step succeeds (this component may then be gone: approved = no open version). */
  onDone: (message: string) => void
}) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const options = useDocumentMutationOptions()
  const [noteOpen, setNoteOpen] = useState(false)
  const [note, setNote] = useState('')
  const after = (step: Done) => ({
    ...options,
    onSuccess: () => {
      onDone(t(`compliance.actions.done.${step}`))
      setNoteOpen(false)
      setNote('')
    },
  })
  const submit = trpc.document.submitForReview.useMutation(after('submit'))
  const approve = trpc.document.approve.useMutation(after('approve'))
  const sendBack = trpc.document.sendBack.useMutation(after('sendBack'))
  const busy = submit.isPending || approve.isPending || sendBack.isPending
  const failed = submit.error ?? approve.error ?? sendBack.error
  const can = (action: DocumentVersion['actions'][number]) => version.actions.includes(action)
  const selfApproval = version.status === 'IN_REVIEW' && can('sendBack') && !can('approve')
  const input = { organizationId, versionId: version.id }

  return (
    <div className="stack">
      <div className="row-actions">
        {can('edit') ? (
          <Link
            to={`/documents/${document.id}/versions/${version.id}/edit`}
            className="ui-button ui-button--secondary"
          >
            {t('compliance.actions.edit')}
          </Link>
        ) : null}
        {can('submit') ? (
          <button
            type="button"
            className="ui-button ui-button--primary"
            aria-disabled={busy}
            onClick={() => !busy && submit.mutate(input)}
          >
            {t('compliance.actions.submit')}
          </button>
        ) : null}
        {can('approve') ? (
          <button
            type="button"
            className="ui-button ui-button--primary"
            aria-disabled={busy}
            onClick={() => !busy && approve.mutate(input)}
          >
            {t('compliance.actions.approve')}
          </button>
        ) : null}
        {can('sendBack') ? (
          <button
            type="button"
            className="ui-button ui-button--secondary"
            aria-expanded={noteOpen}
            aria-controls={`${id}-note-form`}
            onClick={() => setNoteOpen((open) => !open)}
          >
            {t('compliance.actions.sendBack')}
          </button>
        ) : null}
      </div>
      {selfApproval ? <p className="meta">{t('compliance.actions.selfApprovalHint')}</p> : null}
      <form
        id={`${id}-note-form`}
        hidden={!noteOpen}
        className="stack live-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (!busy && note.trim() !== '') sendBack.mutate({ ...input, note })
        }}
      >
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-note`}>
            {t('compliance.actions.sendBackNote')}
          </label>
          <textarea
            id={`${id}-note`}
            className="ui-field__input"
            rows={3}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <div className="row-actions">
          <button type="submit" className="ui-button ui-button--primary" aria-disabled={busy}>
            {t('compliance.actions.sendBackConfirm')}
          </button>
          <button
            type="button"
            className="ui-button ui-button--secondary"
            onClick={() => setNoteOpen(false)}
          >
            {t('compliance.actions.cancel')}
          </button>
        </div>
      </form>
      <Alert>{failed ? translateApiError(i18n, failed) : null}</Alert>
    </div>
  )
}
