import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { TaskItem, type TaskSummary } from './task-item.tsx'

const GROUPS = ['overdue', 'dueToday', 'noDueDate', 'later'] as const

function TodayGroup({ group, tasks }: { group: (typeof GROUPS)[number]; tasks: TaskSummary[] }) {
  const { t } = useTranslation()
  const id = useId()
  if (tasks.length === 0) return null
  return (
    <section className="card task-group" aria-labelledby={id} data-group={group}>
      <h2 id={id} className="card__heading">
        {t(`tasks.today.${group}`)} <span className="task-group__count">({tasks.length})</span>
      </h2>
      <ul className="task-list">
        {tasks.map((task) => (
          <TaskItem key={task.id} task={task} overdue={group === 'overdue'} />
        ))}
      </ul>
    </section>
  )
}

/** The caller's open tasks and their role's: overdue, due today, undated, coming up (TASK10). */
export function TodayView() {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const today = trpc.task.today.useQuery({ organizationId })
  if (today.isPending) return <LoadingState label={t('tasks.loading')} />
  if (today.isError) return <Alert>{translateApiError(i18n, today.error)}</Alert>
  const empty = GROUPS.every((group) => today.data[group].length === 0)
  if (empty) {
    return (
      <EmptyState title={t('tasks.today.emptyTitle')}>
        <p>{t('tasks.today.emptyBody')}</p>
      </EmptyState>
    )
  }
  return (
    <div className="stack">
      {GROUPS.map((group) => (
        <TodayGroup key={group} group={group} tasks={today.data[group]} />
      ))}
    </div>
  )
}
