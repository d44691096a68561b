import { TASK_ASSIGNABLE_ROLES, TaskCreateInputSchema, type TaskPriority } from '@growops/domain'
import { Alert } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { readApiError, translateApiError } from '../../../app/api-errors.ts'
import { trpc, type RouterOutputs } from '../../../app/trpc.ts'
import { FieldError } from '../../live/components/field-error.tsx'
import { fromLocalInput, toLocalInput } from '../task-format.ts'
import { useTaskAccess } from '../hooks/use-task-access.ts'
import { TaskLinkFields, type TaskLinkValues } from './task-link-fields.tsx'
import { TaskModal } from './task-modal.tsx'

export type TaskDetail = RouterOutputs['task']['get']['task']
export type TaskSource = { kind: 'alert' | 'shiftNote' | 'template'; id: string }

export interface TaskDefaults {
  title?: string
  description?: string
  propertyId?: string
  roomId?: string | null
}

const PRIORITIES: TaskPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT']
const SOURCE_FIELD = {
  alert: 'sourceAlertId',
  shiftNote: 'sourceShiftNoteId',
  template: 'templateId',
} as const
const SOURCE_LABEL = {
  alert: 'tasks.form.fromAlert',
  shiftNote: 'tasks.form.fromShiftNote',
  template: 'tasks.form.fromTemplate',
} as const

function initialLinks(task: TaskDetail | undefined, defaults: TaskDefaults): TaskLinkValues {
  return {
    propertyId: task?.property?.id ?? defaults.propertyId ?? '',
    roomId: task?.room?.id ?? defaults.roomId ?? '',
    batchId: task?.batch?.id ?? '',
    positionAddress: task?.position?.address ?? '',
    assigneeId: task?.assignee?.id ?? '',
    assigneeRole: TASK_ASSIGNABLE_ROLES.find((role) => role === task?.assigneeRole) ?? '',
  }
}

/**
 * Create a task (from scratch, or pre-filled from an alert, shift note or template) or edit
 * one. Staff never pick an assignee: their tasks are theirs (TASK9).
 */
export function TaskDialog({
  open,
  onClose,
  task,
  source,
  defaults = {},
  onSaved,
}: {
  open: boolean
  onClose: () => void
  task?: TaskDetail
  source?: TaskSource
  defaults?: TaskDefaults
  onSaved?: (taskId: string) => void
}) {
  const { t } = useTranslation()
  return (
    <TaskModal
      open={open}
      onClose={onClose}
      title={task ? t('tasks.form.titleEdit') : t('tasks.form.titleNew')}
    >
      <TaskForm
        task={task}
        source={source}
        defaults={defaults}
        onClose={onClose}
        onSaved={onSaved}
      />
    </TaskModal>
  )
}

function TaskForm({
  task,
  source,
  defaults,
  onClose,
  onSaved,
}: {
  task?: TaskDetail
  source?: TaskSource
  defaults: TaskDefaults
  onClose: () => void
  onSaved?: (taskId: string) => void
}) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const { isManager } = useTaskAccess()
  const id = useId()
  const utils = trpc.useUtils()
  const [title, setTitle] = useState(task?.title ?? defaults.title ?? '')
  const [description, setDescription] = useState(task?.description ?? defaults.description ?? '')
  const [priority, setPriority] = useState<TaskPriority>(task?.priority ?? 'NORMAL')
  const [due, setDue] = useState(toLocalInput(task?.dueAt ?? null))
  const [links, setLinks] = useState(() => initialLinks(task, defaults))
  const [problem, setProblem] = useState<'title' | 'position' | null>(null)
  const done = (saved: { id: string }) => {
    void utils.task.invalidate()
    onSaved?.(saved.id)
    onClose()
  }
  const create = trpc.task.create.useMutation({ onSuccess: done })
  const update = trpc.task.update.useMutation({ onSuccess: done })
  const [locating, setLocating] = useState(false)
  const pending = create.isPending || update.isPending || locating
  const error = create.error ?? update.error

  async function positionId(): Promise<string | null | undefined> {
    const address = links.positionAddress.trim().toUpperCase()
    if (address === '') return null
    setLocating(true)
    try {
      const found = await utils.position.locate.fetch({ organizationId, address })
      return found.positionId ?? undefined
    } catch {
      return undefined
    } finally {
      setLocating(false)
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (pending) return
    setProblem(null)
    if (!source && title.trim() === '') return setProblem('title')
    const position = await positionId()
    if (position === undefined) return setProblem('position')
    const fields = {
      title: title.trim() === '' ? undefined : title,
      description,
      priority,
      dueAt: fromLocalInput(due),
      propertyId: links.propertyId || null,
      roomId: links.roomId || null,
      batchId: links.batchId || null,
      positionId: position,
      // Staff do not choose: the api assigns their own tasks to them (TASK9).
      ...(isManager
        ? { assigneeId: links.assigneeId || null, assigneeRole: links.assigneeRole || null }
        : {}),
    }
    if (task) return update.mutate({ organizationId, taskId: task.id, ...fields })
    const input = { ...fields, ...(source ? { [SOURCE_FIELD[source.kind]]: source.id } : {}) }
    const parsed = TaskCreateInputSchema.safeParse(input)
    if (!parsed.success) return setProblem('title')
    create.mutate({ organizationId, ...parsed.data })
  }

  const fieldErrors = error ? readApiError(error).fieldErrors : {}
  return (
    <form className="stack task-form" onSubmit={(event) => void submit(event)} noValidate>
      {source ? <p className="meta">{t(SOURCE_LABEL[source.kind])}</p> : null}
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-title`}>
          {t('tasks.form.title')}
        </label>
        <input
          id={`${id}-title`}
          className="ui-field__input"
          value={title}
          maxLength={200}
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={problem === 'title' || 'title' in fieldErrors ? true : undefined}
          aria-describedby={problem === 'title' ? `${id}-title-error` : undefined}
        />
        <FieldError
          id={`${id}-title-error`}
          message={problem === 'title' ? t('tasks.form.errors.title') : null}
        />
      </div>
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-description`}>
          {t('tasks.form.description')}
        </label>
        <textarea
          id={`${id}-description`}
          className="ui-field__input"
          rows={3}
          maxLength={4000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <div className="form-row">
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-priority`}>
            {t('tasks.form.priority')}
          </label>
          <select
            id={`${id}-priority`}
            className="ui-select"
            value={priority}
            onChange={(event) => setPriority(event.target.value as TaskPriority)}
          >
            {PRIORITIES.map((value) => (
              <option key={value} value={value}>
                {t(`tasks.priority.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-due`}>
            {t('tasks.form.dueAt')}
          </label>
          <input
            id={`${id}-due`}
            type="datetime-local"
            className="ui-field__input"
            value={due}
            onChange={(event) => setDue(event.target.value)}
          />
        </div>
      </div>
      <TaskLinkFields
        values={links}
        onChange={setLinks}
        chooseAssignee={isManager}
        positionError={problem === 'position' ? t('tasks.form.errors.position') : null}
      />
      <div className="row-actions">
        <button type="submit" className="ui-button ui-button--primary" aria-disabled={pending}>
          {pending ? t('tasks.form.saving') : task ? t('tasks.form.save') : t('tasks.form.create')}
        </button>
        <button type="button" className="ui-button ui-button--secondary" onClick={onClose}>
          {t('tasks.form.close')}
        </button>
      </div>
      <Alert>{error ? translateApiError(i18n, error) : null}</Alert>
    </form>
  )
}
