import { TASK_ASSIGNABLE_ROLES } from '@growops/domain'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { trpc } from '../../../app/trpc.ts'
import { FieldError } from '../../live/components/field-error.tsx'
import { usePropertyRooms } from '../../shift-notes/hooks/use-property-rooms.ts'

export interface TaskLinkValues {
  propertyId: string
  roomId: string
  batchId: string
  positionAddress: string
  assigneeId: string
  assigneeRole: (typeof TASK_ASSIGNABLE_ROLES)[number] | ''
}

function PlaceFields({
  values,
  set,
  withPosition,
  positionError,
}: {
  values: TaskLinkValues
  set: (patch: Partial<TaskLinkValues>) => void
  withPosition: boolean
  positionError: string | null
}) {
  const { t } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const properties = trpc.property.list.useQuery({ organizationId })
  const propertyId = values.propertyId || properties.data?.[0]?.id || ''
  const rooms = usePropertyRooms(propertyId)
  const batches = trpc.batch.list.useQuery(
    { organizationId, propertyId },
    { enabled: propertyId !== '' },
  )
  return (
    <>
      <div className="form-row">
        {(properties.data?.length ?? 0) > 1 ? (
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-property`}>
              {t('tasks.form.property')}
            </label>
            <select
              id={`${id}-property`}
              className="ui-select"
              value={propertyId}
              onChange={(e) => set({ propertyId: e.target.value, roomId: '', batchId: '' })}
            >
              {properties.data?.map((property) => (
                <option key={property.id} value={property.id}>
                  {t('facility.codeAndName', { code: property.code, name: property.name })}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-room`}>
            {t('tasks.form.room')}
          </label>
          <select
            id={`${id}-room`}
            className="ui-select"
            value={values.roomId}
            onChange={(e) => set({ roomId: e.target.value, propertyId })}
          >
            <option value="">{t('tasks.form.noRoom')}</option>
            {rooms.map((room) => (
              <option key={room.id} value={room.id}>
                {room.label}
              </option>
            ))}
          </select>
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-batch`}>
            {t('tasks.form.batch')}
          </label>
          <select
            id={`${id}-batch`}
            className="ui-select"
            value={values.batchId}
            onChange={(e) => set({ batchId: e.target.value, propertyId })}
          >
            <option value="">{t('tasks.form.noBatch')}</option>
            {batches.data?.map((batch) => (
              <option key={batch.id} value={batch.id}>
                {batch.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {withPosition ? (
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-position`}>
            {t('tasks.form.position')}
          </label>
          <input
            id={`${id}-position`}
            className="ui-field__input mono"
            value={values.positionAddress}
            autoCapitalize="characters"
            spellCheck={false}
            onChange={(e) => set({ positionAddress: e.target.value })}
            aria-invalid={positionError ? true : undefined}
            aria-describedby={`${id}-position-hint${positionError ? ` ${id}-position-error` : ''}`}
          />
          <p id={`${id}-position-hint`} className="meta">
            {t('tasks.form.positionHint')}
          </p>
          <FieldError id={`${id}-position-error`} message={positionError} />
        </div>
      ) : null}
    </>
  )
}

function AssigneeFields({
  values,
  set,
}: {
  values: TaskLinkValues
  set: (patch: Partial<TaskLinkValues>) => void
}) {
  const { t } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const people = trpc.task.people.useQuery({ organizationId })
  return (
    <div className="form-row">
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-assignee`}>
          {t('tasks.form.assignee')}
        </label>
        <select
          id={`${id}-assignee`}
          className="ui-select"
          value={values.assigneeId}
          onChange={(e) => set({ assigneeId: e.target.value })}
        >
          <option value="">{t('tasks.form.nobody')}</option>
          {people.data
            ?.filter((person) => person.assignable)
            .map((person) => (
              <option key={person.id} value={person.id}>
                {person.name} ({t(`common.roles.${person.role}`)})
              </option>
            ))}
        </select>
      </div>
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-role`}>
          {t('tasks.form.role')}
        </label>
        <select
          id={`${id}-role`}
          className="ui-select"
          value={values.assigneeRole}
          onChange={(e) => set({ assigneeRole: e.target.value as TaskLinkValues['assigneeRole'] })}
        >
          <option value="">{t('tasks.form.noRole')}</option>
          {TASK_ASSIGNABLE_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`common.roles.${role}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}

/** Where a task or template is (property, room, batch, position) and who does it. */
export function TaskLinkFields({
  values,
  onChange,
  chooseAssignee,
  withPosition = true,
  positionError = null,
}: {
  values: TaskLinkValues
  onChange: (values: TaskLinkValues) => void
  chooseAssignee: boolean
  withPosition?: boolean
  positionError?: string | null
}) {
  const { t } = useTranslation()
  const set = (patch: Partial<TaskLinkValues>) => onChange({ ...values, ...patch })
  return (
    <>
      <PlaceFields
        values={values}
        set={set}
        withPosition={withPosition}
        positionError={positionError}
      />
      {chooseAssignee ? (
        <AssigneeFields values={values} set={set} />
      ) : (
        <p className="meta">{t('tasks.form.assignedToYou')}</p>
      )}
    </>
  )
}
