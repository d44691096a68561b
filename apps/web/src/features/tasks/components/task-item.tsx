import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { RouterOutputs } from '../../../app/trpc.ts'
import { formatDateTime } from '../../live/format-time.ts'

export type TaskSummary = RouterOutputs['task']['list'][number]

const STATUS_TONE = {
  OPEN: 'info',
  IN_PROGRESS: 'warning',
  DONE: 'muted',
  CANCELLED: 'muted',
} as const
const PRIORITY_TONE = { LOW: 'muted', NORMAL: 'muted', HIGH: 'warning', URGENT: 'danger' } as const

/** One task in a list: title (a link to it), status, priority, due, who and where. */
export function TaskItem({ task, overdue = false }: { task: TaskSummary; overdue?: boolean }) {
  const { t, i18n } = useTranslation()
  const who =
    task.assignee?.name ??
    (task.assigneeRole
      ? t('tasks.item.role', { role: t(`common.roles.${task.assigneeRole}`) })
      : t('tasks.item.unassigned'))
  const where = [task.room?.code, task.position?.address ?? null, task.batch?.name ?? null]
    .filter(Boolean)
    .join(' · ')
  return (
    <li className="task-item" data-status={task.status} data-testid="task-item">
      <div className="task-item__head">
        <Link to={`/tasks/${task.id}`} className="task-item__title">
          {task.title}
        </Link>
        <span className="pill" data-tone={STATUS_TONE[task.status]}>
          {t(`tasks.status.${task.status}`)}
        </span>
        {task.priority !== 'NORMAL' ? (
          <span className="pill" data-tone={PRIORITY_TONE[task.priority]}>
            {t(`tasks.priority.${task.priority}`)}
          </span>
        ) : null}
      </div>
      <p className="meta">
        <span data-overdue={overdue}>
          {task.dueAt
            ? t('tasks.item.due', { when: formatDateTime(task.dueAt, i18n.language) })
            : t('tasks.item.noDue')}
        </span>
        {' · '}
        {who}
        {where ? ` · ${where}` : ''}
      </p>
    </li>
  )
}
