import { Alert, LoadingState, Spinner } from '@growops/ui'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor, TLShapeId } from 'tldraw'
import type * as Y from 'yjs'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { readApiError, translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { LayoutDialog } from './layout-dialog.tsx'
import { BlockedPlants, PublishDiff } from './publish-diff.tsx'
import {
  blockedFromErrorDetails,
  checkLayoutForPublish,
  isPublishBlocked,
  issueMessage,
  type PublishCheck,
} from './publish-model.ts'
import './collaboration.css'

export interface PublishButtonProps {
  editor: Editor | null
  doc: Y.Doc
  propertyId: string
  canPublish: boolean
  latestVersion: number | null
}

/** One publish attempt: the snapshot frozen when the dialog opened, and its own idempotency key. */
interface Attempt {
  check: PublishCheck
  key: string
}

/**
 * "Publish…": checks the drawing, previews what the hierarchy would gain and lose, and on
 * confirmation publishes it as the next numbered version.
 */
export function PublishButton(props: PublishButtonProps) {
  const { t } = useTranslation()
  const hintId = useId()
  const [attempt, setAttempt] = useState<Attempt | null>(null)
  const [busy, setBusy] = useState(false)

  const open = () => {
    if (!props.canPublish) return
    setAttempt({ check: checkLayoutForPublish(props.doc), key: crypto.randomUUID() })
  }

  return (
    <>
      <button
        type="button"
        className="ui-button ui-button--primary"
        aria-disabled={!props.canPublish || undefined}
        aria-describedby={props.canPublish ? undefined : hintId}
        onClick={open}
      >
        {t('layoutCollab.publish.open')}
      </button>
      {props.canPublish ? null : (
        <span id={hintId} className="ui-visually-hidden">
          {t('layoutCollab.publish.noRight')}
        </span>
      )}
      <LayoutDialog
        open={attempt !== null}
        title={t('layoutCollab.publish.title')}
        closeLabel={t('layoutCollab.publish.close')}
        onClose={() => setAttempt(null)}
        canClose={() => !busy}
      >
        {attempt ? (
          <PublishFlow
            key={attempt.key}
            {...props}
            attempt={attempt}
            onBusy={setBusy}
            onShowShapes={(ids) => {
              setAttempt(null)
              if (!props.editor || ids.length === 0) return
              props.editor.select(...(ids as TLShapeId[]))
              props.editor.zoomToSelection({ animation: { duration: 300 } })
            }}
            onRetry={open}
          />
        ) : null}
      </LayoutDialog>
    </>
  )
}

interface PublishFlowProps extends PublishButtonProps {
  attempt: Attempt
  onBusy: (busy: boolean) => void
  onShowShapes: (shapeIds: string[]) => void
  onRetry: () => void
}

function PublishFlow(props: PublishFlowProps) {
  const { attempt, propertyId, latestVersion, editor, onBusy, onShowShapes, onRetry } = props
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const utils = trpc.useUtils()
  const { snapshot, issues } = attempt.check
  const preview = trpc.layout.preview.useMutation()
  const publish = trpc.layout.publish.useMutation({
    onMutate: () => onBusy(true),
    onSettled: async () => {
      onBusy(false)
      await Promise.all([
        utils.layout.invalidate(),
        utils.property.invalidate(),
        utils.room.invalidate(),
      ])
    },
  })
  // Preview once, as soon as the dialog opens with a valid snapshot.
  const asked = useRef(false)
  const { mutate: askPreview } = preview
  useEffect(() => {
    if (!snapshot || asked.current) return
    asked.current = true
    askPreview({ organizationId, propertyId, snapshot })
  }, [askPreview, organizationId, propertyId, snapshot])

  const shownIssues = snapshot ? (preview.data?.issues ?? []) : issues
  if (shownIssues.length > 0) {
    return (
      <section>
        <h3>{t('layoutCollab.publish.issuesHeading', { count: shownIssues.length })}</h3>
        <p>{t('layoutCollab.publish.issuesHint')}</p>
        <ul className="publish-list">
          {shownIssues.slice(0, 50).map((issue, index) => (
            <li key={`${issue.code}-${index}`}>
              {issueMessage(t, issue)}{' '}
              {editor && issue.shapeIds.some((id) => editor.getShape(id as TLShapeId)) ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    onShowShapes(issue.shapeIds.filter((id) => editor.getShape(id as TLShapeId)))
                  }
                >
                  {t('layoutCollab.comments.thread.showOnCanvas')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    )
  }
  if (!snapshot || preview.isPending || preview.isIdle) {
    return (
      <>
        <p className="muted">
          {latestVersion === null
            ? t('layoutCollab.publish.neverPublished')
            : t('layoutCollab.publish.latest', { number: latestVersion })}
        </p>
        <LoadingState label={t('layoutCollab.publish.previewing')} />
      </>
    )
  }
  if (preview.isError) {
    return (
      <>
        <Alert>{translateApiError(i18n, preview.error)}</Alert>
        <button type="button" className="ui-button ui-button--secondary" onClick={onRetry}>
          {t('layoutCollab.publish.retry')}
        </button>
      </>
    )
  }
  const { diff } = preview.data
  const basedOn = preview.data.latestVersion
  if (publish.isSuccess) {
    const { version } = publish.data
    return (
      <Alert tone="info">
        {publish.data.diff.unchanged && version.number === basedOn
          ? t('layoutCollab.publish.successUnchanged', { number: version.number })
          : t('layoutCollab.publish.success', { number: version.number })}
      </Alert>
    )
  }
  const blocked = isPublishBlocked(diff)
  const failure = publish.error ? readApiError(publish.error) : null
  const blockedNow = failure ? blockedFromErrorDetails(failure.details) : []
  const conflict = failure?.messageKey === 'errors.LAYOUT.VERSION_CONFLICT'
  return (
    <>
      <p className="muted">
        {basedOn === null
          ? t('layoutCollab.publish.neverPublished')
          : t('layoutCollab.publish.latest', { number: basedOn })}
      </p>
      <PublishDiff diff={diff} />
      <Alert>
        {publish.error ? (
          <>
            <p>{translateApiError(i18n, publish.error)}</p>
            <p>{t('layoutCollab.publish.failed')}</p>
          </>
        ) : null}
      </Alert>
      {blockedNow.length > 0 ? <BlockedPlants blocked={blockedNow} /> : null}
      <div className="button-row">
        {conflict ? (
          <button type="button" className="ui-button ui-button--primary" onClick={onRetry}>
            {t('layoutCollab.publish.retry')}
          </button>
        ) : (
          <button
            type="button"
            className="ui-button ui-button--primary"
            disabled={blocked}
            aria-disabled={publish.isPending || undefined}
            onClick={() => {
              if (publish.isPending || blocked) return
              publish.mutate({
                organizationId,
                propertyId,
                snapshot,
                basedOnVersion: basedOn,
                idempotencyKey: attempt.key,
              })
            }}
          >
            {publish.isPending ? <Spinner size="small" /> : null}
            {publish.isPending
              ? t('layoutCollab.publish.publishing')
              : t('layoutCollab.publish.confirm')}
          </button>
        )}
      </div>
    </>
  )
}
