import type { TaskStatus } from '@growops/domain'
import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { usePropertyRooms } from '../../shift-notes/hooks/use-property-rooms.ts'
import { localDayBound } from '../task-format.ts'
import { TaskItem } from './task-item.tsx'

type StatusChoice = 'OPEN_ALL' | 'ANY' | TaskStatus

function statusesOf(choice: StatusChoice): TaskStatus[] | undefined {
  if (choice === 'ANY') return undefined
  if (choice === 'OPEN_ALL') return ['OPEN', 'IN_PROGRESS']
  return [choice]
}

function RoomFilter({
  propertyId,
  value,
  onChange,
}: {
  propertyId: string
  value: string
  onChange: (roomId: string) => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const rooms = usePropertyRooms(propertyId)
  return (
    <div className="ui-field">
      <label className="ui-field__label" htmlFor={id}>
        {t('tasks.filters.room')}
      </label>
      <select
        id={id}
        className="ui-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('tasks.filters.anyRoom')}</option>
        {rooms.map((room) => (
          <option key={room.id} value={room.id}>
            {room.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Every task the caller may see, by status, room, person and due range (TASK14). */
export function AllTasksView() {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const [status, setStatus] = useState<StatusChoice>('OPEN_ALL')
  const [roomId, setRoomId] = useState('')
  const [assigneeId, setAssigneeId] = useState('')
  const [mine, setMine] = useState(false)
  const [dueFrom, setDueFrom] = useState('')
  const [dueTo, setDueTo] = useState('')
  const properties = trpc.property.list.useQuery({ organizationId })
  const people = trpc.task.people.useQuery({ organizationId })
  const propertyId = properties.data?.[0]?.id
  const tasks = trpc.task.list.useQuery({
    organizationId,
    statuses: statusesOf(status),
    ...(roomId ? { roomId } : {}),
    ...(assigneeId ? { assigneeId } : {}),
    ...(mine ? { mine } : {}),
    dueFrom: localDayBound(dueFrom, false),
    dueTo: localDayBound(dueTo, true),
  })

  let list
  if (tasks.isPending) list = <LoadingState label={t('tasks.loading')} />
  else if (tasks.isError) list = <Alert>{translateApiError(i18n, tasks.error)}</Alert>
  else if (tasks.data.length === 0)
    list = (
      <EmptyState title={t('tasks.all.emptyTitle')} headingLevel={3}>
        <p>{t('tasks.all.emptyBody')}</p>
      </EmptyState>
    )
  else
    list = (
      <ul className="task-list">
        {tasks.data.map((task) => (
          <TaskItem
            key={task.id}
            task={task}
            overdue={
              task.dueAt !== null &&
              // Overdue as of when the list was read.
              Date.parse(task.dueAt) < tasks.dataUpdatedAt &&
              (task.status === 'OPEN' || task.status === 'IN_PROGRESS')
            }
          />
        ))}
      </ul>
    )

  return (
    <div className="stack">
      <fieldset className="live-fieldset task-filters">
        <legend className="ui-field__label">{t('tasks.filters.legend')}</legend>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-status`}>
            {t('tasks.filters.status')}
          </label>
          <select
            id={`${id}-status`}
            className="ui-select"
            value={status}
            onChange={(event) => setStatus(event.target.value as StatusChoice)}
          >
            <option value="OPEN_ALL">{t('tasks.filters.openStatuses')}</option>
            <option value="ANY">{t('tasks.filters.anyStatus')}</option>
            {(['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const).map((value) => (
              <option key={value} value={value}>
                {t(`tasks.status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        {propertyId ? (
          <RoomFilter propertyId={propertyId} value={roomId} onChange={setRoomId} />
        ) : null}
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-assignee`}>
            {t('tasks.filters.assignee')}
          </label>
          <select
            id={`${id}-assignee`}
            className="ui-select"
            value={assigneeId}
            onChange={(event) => setAssigneeId(event.target.value)}
          >
            <option value="">{t('tasks.filters.anyone')}</option>
            {(people.data ?? [])
              .filter((person) => person.assignable)
              .map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
          </select>
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-from`}>
            {t('tasks.filters.dueFrom')}
          </label>
          <input
            id={`${id}-from`}
            type="date"
            className="ui-field__input"
            value={dueFrom}
            onChange={(event) => setDueFrom(event.target.value)}
          />
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-to`}>
            {t('tasks.filters.dueTo')}
          </label>
          <input
            id={`${id}-to`}
            type="date"
            className="ui-field__input"
            value={dueTo}
            onChange={(event) => setDueTo(event.target.value)}
          />
        </div>
        <label className="choice">
          <input
            type="checkbox"
            checked={mine}
            onChange={(event) => setMine(event.target.checked)}
          />
          {t('tasks.filters.mine')}
        </label>
      </fieldset>
      <section className="card" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`} className="card__heading">
          {t('tasks.all.heading')}
        </h2>
        {list}
      </section>
    </div>
  )
}
