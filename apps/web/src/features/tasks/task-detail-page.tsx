import { Alert, LoadingState } from '@growops/ui'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { formatDateTime } from '../live/format-time.ts'
import { CompleteForm } from './components/complete-form.tsx'
import { TaskComments } from './components/task-comments.tsx'
import { TaskDialog, type TaskDetail } from './components/task-dialog.tsx'
import { TaskFacts } from './components/task-facts.tsx'
import { useTasksLive } from './hooks/use-tasks-live.ts'
import './tasks.css'

const STATUS_TONE = {
  OPEN: 'info',
  IN_PROGRESS: 'warning',
  DONE: 'muted',
  CANCELLED: 'muted',
} as const

function TaskActions({ task, onComplete }: { task: TaskDetail; onComplete: () => void }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const utils = trpc.useUtils()
  const [editing, setEditing] = useState(false)
  const settle = { onSettled: () => utils.task.invalidate() }
  const start = trpc.task.start.useMutation(settle)
  const cancel = trpc.task.cancel.useMutation(settle)
  const reopen = trpc.task.reopen.useMutation(settle)
  const busy = start.isPending || cancel.isPending || reopen.isPending
  const error = start.error ?? cancel.error ?? reopen.error
  const input = { organizationId, taskId: task.id }
  const button = (show: boolean, label: string, onClick: () => void, primary = false) =>
    show ? (
      <button
        type="button"
        className={`ui-button ${primary ? 'ui-button--primary' : 'ui-button--secondary'}`}
        aria-disabled={busy}
        onClick={() => {
          if (!busy) onClick()
        }}
      >
        {label}
      </button>
    ) : null
  return (
    <>
      <div className="row-actions" role="group" aria-label={t('tasks.actions.label')}>
        {button(task.can.start, t('tasks.actions.start'), () => start.mutate(input))}
        {button(task.can.complete, t('tasks.actions.complete'), onComplete, true)}
        {button(task.can.edit, t('tasks.actions.edit'), () => setEditing(true))}
        {button(task.can.reopen, t('tasks.actions.reopen'), () => reopen.mutate(input))}
        {button(task.can.cancel, t('tasks.actions.cancel'), () => cancel.mutate(input))}
      </div>
      <Alert>{error ? translateApiError(i18n, error) : null}</Alert>
      {editing ? <TaskDialog open task={task} onClose={() => setEditing(false)} /> : null}
    </>
  )
}

function Completion({ task }: { task: TaskDetail }) {
  const { t, i18n } = useTranslation()
  const id = useId()
  if (task.status !== 'DONE' || !task.completedAt) return null
  return (
    <section className="card stack" aria-labelledby={id} data-testid="task-completion">
      <h2 id={id} className="card__heading">
        {t('tasks.detail.completion')}
      </h2>
      <p className="meta">
        {task.completedBy ? t('tasks.detail.completedBy', { name: task.completedBy.name }) : null}
        {' · '}
        {formatDateTime(task.completedAt, i18n.language)}
      </p>
      {task.completionNote ? <p className="task-text">{task.completionNote}</p> : null}
      {task.completionPhoto ? (
        <a href={task.completionPhoto.url} target="_blank" rel="noreferrer" className="task-photo">
          <img
            src={task.completionPhoto.url}
            alt={t('tasks.detail.photoAlt', { title: task.title })}
            className="task-photo__image"
          />
          <span className="ui-visually-hidden">{t('tasks.detail.openPhoto')}</span>
        </a>
      ) : null}
    </section>
  )
}

/** `/tasks/:taskId`: the task, what it is linked to, its actions, completion and comments. */
export function TaskDetailPage() {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const { taskId = '' } = useParams()
  const detailsId = useId()
  const [completing, setCompleting] = useState(false)
  const [completed, setCompleted] = useState(false)
  useTasksLive()
  const query = trpc.task.get.useQuery({ organizationId, taskId })
  useDocumentTitle(query.data?.task.title ?? t('tasks.pageTitle'))

  const back = (
    <p>
      <Link to="/tasks">{t('tasks.detail.back')}</Link>
    </p>
  )
  if (query.isPending)
    return (
      <div className="page stack">
        {back}
        <LoadingState label={t('tasks.detail.loading')} />
      </div>
    )
  if (query.isError) {
    return (
      <div className="page stack">
        {back}
        <Alert>{translateApiError(i18n, query.error)}</Alert>
      </div>
    )
  }
  const { task, comments } = query.data
  return (
    <div className="page stack task-page">
      {back}
      <div className="stack task-page__head">
        <h1>{task.title}</h1>
        <p className="row-actions">
          <span className="pill" data-tone={STATUS_TONE[task.status]} data-testid="task-status">
            {t(`tasks.status.${task.status}`)}
          </span>
          <span className="pill" data-tone={task.priority === 'URGENT' ? 'danger' : 'muted'}>
            {t(`tasks.priority.${task.priority}`)}
          </span>
        </p>
      </div>
      <TaskActions task={task} onComplete={() => setCompleting(true)} />
      {completing && task.can.complete ? (
        <section className="card">
          <CompleteForm
            taskId={task.id}
            onDone={() => {
              setCompleting(false)
              setCompleted(true)
            }}
          />
        </section>
      ) : null}
      <Alert tone="info">{completed ? t('tasks.actions.completed') : null}</Alert>
      <Completion task={task} />
      <section className="card stack" aria-labelledby={detailsId}>
        <h2 id={detailsId} className="card__heading">
          {t('tasks.detail.details')}
        </h2>
        <TaskFacts task={task} />
        {task.description ? <p className="task-text">{task.description}</p> : null}
      </section>
      <TaskComments taskId={task.id} comments={comments} canComment={task.can.comment} />
    </div>
  )
}
