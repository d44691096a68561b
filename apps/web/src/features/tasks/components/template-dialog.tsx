import {
  TASK_ASSIGNABLE_ROLES,
  TaskTemplateCreateInputSchema,
  WEEKDAYS,
  type TaskFrequency,
  type TaskPriority,
  type Weekday,
} from '@growops/domain'
import { Alert } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc, type RouterOutputs } from '../../../app/trpc.ts'
import { FieldError } from '../../live/components/field-error.tsx'
import { TaskLinkFields, type TaskLinkValues } from './task-link-fields.tsx'
import { TaskModal } from './task-modal.tsx'

export type TemplateView = RouterOutputs['task']['template']['list'][number]

const PRIORITIES: TaskPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT']

function RecurrenceFields({
  frequency,
  setFrequency,
  interval,
  setInterval,
  weekdays,
  setWeekdays,
  time,
  setTime,
  invalid,
}: {
  frequency: TaskFrequency | ''
  setFrequency: (value: TaskFrequency | '') => void
  interval: string
  setInterval: (value: string) => void
  weekdays: Weekday[]
  setWeekdays: (value: Weekday[]) => void
  time: string
  setTime: (value: string) => void
  invalid: boolean
}) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <fieldset className="live-fieldset stack">
      <legend className="ui-field__label">{t('tasks.templates.form.repeats')}</legend>
      <div className="form-row">
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-frequency`}>
            {t('tasks.templates.form.repeats')}
          </label>
          <select
            id={`${id}-frequency`}
            className="ui-select"
            value={frequency}
            onChange={(event) => setFrequency(event.target.value as TaskFrequency | '')}
          >
            <option value="">{t('tasks.templates.form.none')}</option>
            {(['DAILY', 'WEEKLY', 'MONTHLY'] as const).map((value) => (
              <option key={value} value={value}>
                {t(`tasks.templates.form.${value}`)}
              </option>
            ))}
          </select>
        </div>
        {frequency ? (
          <>
            <div className="ui-field">
              <label className="ui-field__label" htmlFor={`${id}-interval`}>
                {t('tasks.templates.form.interval')}
              </label>
              <input
                id={`${id}-interval`}
                type="number"
                min={1}
                max={52}
                inputMode="numeric"
                className="ui-field__input"
                value={interval}
                onChange={(event) => setInterval(event.target.value)}
                aria-invalid={invalid ? true : undefined}
              />
            </div>
            <div className="ui-field">
              <label className="ui-field__label" htmlFor={`${id}-time`}>
                {t('tasks.templates.form.time')}
              </label>
              <input
                id={`${id}-time`}
                type="time"
                className="ui-field__input"
                value={time}
                onChange={(event) => setTime(event.target.value)}
                aria-invalid={invalid ? true : undefined}
              />
            </div>
          </>
        ) : null}
      </div>
      {frequency === 'WEEKLY' ? (
        <fieldset className="live-fieldset">
          <legend className="ui-field__label">{t('tasks.templates.form.weekdays')}</legend>
          <div className="choice-row">
            {WEEKDAYS.map((day) => (
              <label key={day} className="choice">
                <input
                  type="checkbox"
                  checked={weekdays.includes(day)}
                  onChange={(event) =>
                    setWeekdays(
                      event.target.checked
                        ? WEEKDAYS.filter((d) => d === day || weekdays.includes(d))
                        : weekdays.filter((d) => d !== day),
                    )
                  }
                />
                {t(`tasks.templates.weekdays.${day}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <FieldError
        id={`${id}-error`}
        message={invalid ? t('tasks.templates.form.errors.recurrence') : null}
      />
    </fieldset>
  )
}

function TemplateForm({ template, onClose }: { template?: TemplateView; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const utils = trpc.useUtils()
  const [title, setTitle] = useState(template?.title ?? '')
  const [description, setDescription] = useState(template?.description ?? '')
  const [priority, setPriority] = useState<TaskPriority>(template?.priority ?? 'NORMAL')
  const [frequency, setFrequency] = useState<TaskFrequency | ''>(
    template?.recurrence?.frequency ?? '',
  )
  const [interval, setInterval] = useState(String(template?.recurrence?.interval ?? 1))
  const [weekdays, setWeekdays] = useState<Weekday[]>(template?.recurrence?.weekdays ?? ['MON'])
  const [time, setTime] = useState(template?.recurrence?.timeOfDay ?? '07:00')
  const [links, setLinks] = useState<TaskLinkValues>({
    propertyId: template?.property?.id ?? '',
    roomId: template?.room?.id ?? '',
    batchId: template?.batch?.id ?? '',
    positionAddress: '',
    assigneeId: template?.assignee?.id ?? '',
    assigneeRole: TASK_ASSIGNABLE_ROLES.find((role) => role === template?.assigneeRole) ?? '',
  })
  const [invalid, setInvalid] = useState<Set<string>>(new Set())
  const done = () => {
    void utils.task.invalidate()
    onClose()
  }
  const create = trpc.task.template.create.useMutation({ onSuccess: done })
  const update = trpc.task.template.update.useMutation({ onSuccess: done })
  const pending = create.isPending || update.isPending
  const error = create.error ?? update.error

  function submit(event: FormEvent) {
    event.preventDefault()
    if (pending) return
    const recurrence = frequency
      ? {
          frequency,
          interval: Number(interval),
          timeOfDay: time,
          ...(frequency === 'WEEKLY' ? { weekdays } : {}),
          ...(template?.recurrence?.startsOn ? { startsOn: template.recurrence.startsOn } : {}),
        }
      : null
    const parsed = TaskTemplateCreateInputSchema.safeParse({
      title,
      description,
      priority,
      propertyId: links.propertyId || null,
      roomId: links.roomId || null,
      batchId: links.batchId || null,
      assigneeId: links.assigneeId || null,
      assigneeRole: links.assigneeRole || null,
      recurrence,
    })
    if (!parsed.success) {
      setInvalid(new Set(parsed.error.issues.map((issue) => String(issue.path[0]))))
      return
    }
    setInvalid(new Set())
    if (template) update.mutate({ organizationId, templateId: template.id, ...parsed.data })
    else create.mutate({ organizationId, ...parsed.data })
  }

  return (
    <form className="stack task-form" onSubmit={submit} noValidate>
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
          aria-invalid={invalid.has('title') ? true : undefined}
          aria-describedby={invalid.has('title') ? `${id}-title-error` : undefined}
        />
        <FieldError
          id={`${id}-title-error`}
          message={invalid.has('title') ? t('tasks.form.errors.title') : null}
        />
      </div>
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-description`}>
          {t('tasks.form.description')}
        </label>
        <textarea
          id={`${id}-description`}
          className="ui-field__input"
          rows={2}
          maxLength={4000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
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
      <TaskLinkFields values={links} onChange={setLinks} chooseAssignee withPosition={false} />
      <RecurrenceFields
        frequency={frequency}
        setFrequency={setFrequency}
        interval={interval}
        setInterval={setInterval}
        weekdays={weekdays}
        setWeekdays={setWeekdays}
        time={time}
        setTime={setTime}
        invalid={invalid.has('recurrence')}
      />
      <div className="row-actions">
        <button type="submit" className="ui-button ui-button--primary" aria-disabled={pending}>
          {pending ? t('tasks.form.saving') : t('tasks.form.save')}
        </button>
        <button type="button" className="ui-button ui-button--secondary" onClick={onClose}>
          {t('tasks.form.close')}
        </button>
      </div>
      <Alert>{error ? translateApiError(i18n, error) : null}</Alert>
    </form>
  )
}

/** Create or edit a task template, with its repeat (TASK1). */
export function TemplateDialog({
  open,
  template,
  onClose,
}: {
  open: boolean
  template?: TemplateView
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <TaskModal
      open={open}
      onClose={onClose}
      title={template ? t('tasks.templates.form.titleEdit') : t('tasks.templates.form.titleNew')}
    >
      <TemplateForm template={template} onClose={onClose} />
    </TaskModal>
  )
}
