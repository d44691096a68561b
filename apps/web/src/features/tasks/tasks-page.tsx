import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { AllTasksView } from './components/all-tasks-view.tsx'
import { TaskDialog } from './components/task-dialog.tsx'
import { TemplatesView } from './components/templates-view.tsx'
import { TodayView } from './components/today-view.tsx'
import { useTaskAccess } from './hooks/use-task-access.ts'
import { useTasksLive } from './hooks/use-tasks-live.ts'
import './tasks.css'

type View = 'today' | 'all' | 'templates'

/**
 * `/tasks`: Today (everyone, the default), All tasks (everyone but staff, with filters) and
 * Templates (managers). Lists refresh on `task.updated`.
 */
export function TasksPage() {
  const { t } = useTranslation()
  const [searchParams] = useSearchParams()
  const navigate = useNavigate()
  const { isManager, isStaff, canCreate } = useTaskAccess()
  const [creating, setCreating] = useState(false)
  useDocumentTitle(t('tasks.pageTitle'))
  useTasksLive()
  const views: View[] = [
    'today',
    ...(isStaff ? [] : (['all'] as const)),
    ...(isManager ? (['templates'] as const) : []),
  ]
  const asked = searchParams.get('view')
  const view = views.find((value) => value === asked) ?? 'today'
  return (
    <div className="page page--wide stack">
      <div className="task-page__bar">
        <div>
          <h1>{t('tasks.heading')}</h1>
          <p className="muted">{t('tasks.intro')}</p>
        </div>
        {canCreate ? (
          <button
            type="button"
            className="ui-button ui-button--primary"
            onClick={() => setCreating(true)}
          >
            {t('tasks.create')}
          </button>
        ) : null}
      </div>
      {views.length > 1 ? (
        <nav aria-label={t('tasks.viewsLabel')}>
          <ul className="task-tabs">
            {views.map((value) => (
              <li key={value}>
                <Link
                  to={value === 'today' ? '/tasks' : `/tasks?view=${value}`}
                  className="task-tabs__link"
                  aria-current={view === value ? 'page' : undefined}
                  replace
                >
                  {t(`tasks.views.${value}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {view === 'today' ? <TodayView /> : view === 'all' ? <AllTasksView /> : <TemplatesView />}
      {creating ? (
        <TaskDialog
          open
          onClose={() => setCreating(false)}
          onSaved={(taskId) => void navigate(`/tasks/${taskId}`)}
        />
      ) : null}
    </div>
  )
}
