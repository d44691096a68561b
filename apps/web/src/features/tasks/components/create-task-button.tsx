import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useTaskAccess } from '../hooks/use-task-access.ts'
import { TaskDialog, type TaskDefaults, type TaskSource } from './task-dialog.tsx'

/**
 * "Create task" on an alert, a shift note or a template: opens the task dialog pre-filled
 * from it and goes to the new task. Hidden from roles that cannot create tasks.
 */
export function CreateTaskButton({
  source,
  defaults,
  about,
  label,
  accessibleName,
}: {
  source: TaskSource
  defaults: TaskDefaults
  /** What the task is about, for the button's accessible name. */
  about: string
  label?: string
  /** Replaces "Create task from: …" when `label` says something else. */
  accessibleName?: string
}) {
  const { t } = useTranslation()
  const { canCreate } = useTaskAccess()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  if (!canCreate) return null
  return (
    <>
      <button
        type="button"
        className="ui-button ui-button--secondary ui-button--small"
        aria-label={accessibleName ?? t('tasks.createNamed', { text: about })}
        onClick={() => setOpen(true)}
      >
        {label ?? t('tasks.create')}
      </button>
      {open ? (
        <TaskDialog
          open
          onClose={() => setOpen(false)}
          source={source}
          defaults={defaults}
          onSaved={(taskId) => void navigate(`/tasks/${taskId}`)}
        />
      ) : null}
    </>
  )
}
