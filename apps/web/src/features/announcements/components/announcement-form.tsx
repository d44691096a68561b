import { AnnouncementCreateInputSchema } from '@growops/domain'
import { Alert } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { readApiError, translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import {
  FieldError,
  invalidFieldsOf,
  type InvalidFields,
} from '../../live/components/field-error.tsx'

const PRIORITIES = ['INFO', 'IMPORTANT', 'URGENT'] as const
const ROLES = ['OWNER', 'COMPLIANCE_MANAGER', 'HEAD_GROWER', 'STAFF', 'ACCOUNTANT'] as const

/** Post an announcement (COMMS FULL): priority, audience (organization or a property, roles). */
export function AnnouncementForm() {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const utils = trpc.useUtils()
  const properties = trpc.property.list.useQuery({ organizationId })
  const [title, setTitle] = useState('')
  const [body, setBody] = useState('')
  const [priority, setPriority] = useState<(typeof PRIORITIES)[number]>('INFO')
  const [propertyId, setPropertyId] = useState('')
  const [roles, setRoles] = useState<string[]>([])
  const [invalid, setInvalid] = useState<InvalidFields>(new Set())
  const [posted, setPosted] = useState<string | null>(null)
  const create = trpc.announcement.create.useMutation({
    onSuccess: (announcement) => {
      setTitle('')
      setBody('')
      setPriority('INFO')
      setRoles([])
      setInvalid(new Set())
      setPosted(t('announcements.form.posted', { title: announcement.title }))
    },
    onError: (error) => setInvalid(invalidFieldsOf(readApiError(error).fieldErrors)),
    onSettled: () => utils.announcement.invalidate(),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    setPosted(null)
    const parsed = AnnouncementCreateInputSchema.safeParse({
      title,
      body,
      priority,
      roles,
      ...(propertyId ? { propertyId } : {}),
    })
    if (!parsed.success) {
      setInvalid(invalidFieldsOf(parsed.error))
      return
    }
    create.mutate({ organizationId, ...parsed.data })
  }

  return (
    <form className="stack live-form" onSubmit={submit} noValidate>
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-title`}>
          {t('announcements.form.title')}
        </label>
        <input
          id={`${id}-title`}
          className="ui-field__input"
          value={title}
          maxLength={120}
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={invalid.has('title') ? true : undefined}
          aria-describedby={invalid.has('title') ? `${id}-title-error` : undefined}
        />
        <FieldError
          id={`${id}-title-error`}
          message={invalid.has('title') ? t('announcements.form.errors.title') : null}
        />
      </div>
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-body`}>
          {t('announcements.form.body')}
        </label>
        <textarea
          id={`${id}-body`}
          className="ui-field__input"
          rows={4}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          aria-invalid={invalid.has('body') ? true : undefined}
          aria-describedby={invalid.has('body') ? `${id}-body-error` : undefined}
        />
        <FieldError
          id={`${id}-body-error`}
          message={invalid.has('body') ? t('announcements.form.errors.body') : null}
        />
      </div>
      <fieldset className="live-fieldset">
        <legend className="ui-field__label">{t('announcements.form.priority')}</legend>
        <div className="choice-row">
          {PRIORITIES.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`${id}-priority`}
                value={value}
                checked={priority === value}
                onChange={() => setPriority(value)}
              />
              {t(`announcements.priority.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-property`}>
          {t('announcements.form.property')}
        </label>
        <select
          id={`${id}-property`}
          className="ui-select"
          value={propertyId}
          onChange={(event) => setPropertyId(event.target.value)}
        >
          <option value="">{t('announcements.form.wholeOrganization')}</option>
          {(properties.data ?? []).map((property) => (
            <option key={property.id} value={property.id}>
              {t('facility.codeAndName', { code: property.code, name: property.name })}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="live-fieldset">
        <legend className="ui-field__label">{t('announcements.form.roles')}</legend>
        <p className="meta">{t('announcements.form.rolesHint')}</p>
        <div className="choice-row">
          {ROLES.map((role) => (
            <label key={role} className="choice">
              <input
                type="checkbox"
                checked={roles.includes(role)}
                onChange={(event) =>
                  setRoles((current) =>
                    event.target.checked
                      ? [...current, role]
                      : current.filter((item) => item !== role),
                  )
                }
              />
              {t(`common.roles.${role}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <button
          type="submit"
          className="ui-button ui-button--primary"
          aria-disabled={create.isPending}
        >
          {create.isPending ? t('announcements.form.posting') : t('announcements.form.submit')}
        </button>
      </div>
      <Alert>
        {create.isError && invalid.size === 0 ? translateApiError(i18n, create.error) : null}
      </Alert>
      <Alert tone="info">{posted}</Alert>
    </form>
  )
}
