import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDateTime } from '../../live/format-time.ts'
import type { TaskDetail } from './task-dialog.tsx'

/** Everything a task is linked to, as a description list; links go to those pages. */
export function TaskFacts({ task }: { task: TaskDetail }) {
  const { t, i18n } = useTranslation()
  const none = t('tasks.detail.none')
  const who =
    task.assignee?.name ??
    (task.assigneeRole
      ? t('tasks.item.role', { role: t(`common.roles.${task.assigneeRole}`) })
      : t('tasks.item.unassigned'))
  const rows: [string, ReactNode][] = [
    [t('tasks.detail.due'), task.dueAt ? formatDateTime(task.dueAt, i18n.language) : none],
    [t('tasks.detail.assignee'), who],
    [
      t('tasks.detail.room'),
      task.room ? (
        <Link to={`/rooms/${task.room.id}`}>{`${task.room.code} · ${task.room.name}`}</Link>
      ) : (
        none
      ),
    ],
    [t('tasks.detail.batch'), task.batch?.name ?? none],
    [
      t('tasks.detail.position'),
      task.position ? <span className="mono">{task.position.address}</span> : none,
    ],
  ]
  if (task.property)
    rows.push([t('tasks.detail.property'), `${task.property.code} · ${task.property.name}`])
  if (task.template) rows.push([t('tasks.detail.template'), task.template.title])
  if (task.sourceAlert) {
    rows.push([
      t('tasks.detail.sourceAlert'),
      <Link key="alert" to={`/alerts/${task.sourceAlert.id}`}>
        {task.sourceAlert.message}
      </Link>,
    ])
  }
  if (task.sourceShiftNote) {
    rows.push([
      t('tasks.detail.sourceShiftNote'),
      <Link key="note" to={`/shift-notes/${task.sourceShiftNote.id}`}>
        {task.sourceShiftNote.excerpt}
      </Link>,
    ])
  }
  rows.push([
    t('tasks.detail.createdBy'),
    `${task.createdBy.name} · ${formatDateTime(task.createdAt, i18n.language)}`,
  ])
  return (
    <dl className="task-facts">
      {rows.map(([term, value]) => (
        <div key={term} className="task-facts__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
