// The lazily loaded route modules of /tasks and /tasks/:taskId.
import { TaskDetailPage } from './task-detail-page.tsx'
import { TasksPage } from './tasks-page.tsx'

export function TasksRoute() {
  return <TasksPage />
}

export function TaskRoute() {
  return <TaskDetailPage />
}
