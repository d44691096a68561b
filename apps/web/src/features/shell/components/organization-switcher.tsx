import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganizationOrNull } from '../../../app/active-organization.tsx'

/** Organization and role; a select to switch when the person belongs to several. */
export function OrganizationSwitcher() {
  const { t } = useTranslation()
  const active = useActiveOrganizationOrNull()
  const id = useId()
  if (!active) return <p className="shell__org">{t('common.shell.noOrganization')}</p>
  const role = t(`common.roles.${active.role}`)
  if (active.memberships.length < 2) {
    return (
      <p className="shell__org">
        {t('common.shell.organizationAndRole', {
          organization: active.organizationName,
          role,
        })}
      </p>
    )
  }
  return (
    <div className="shell__org shell__org-switcher">
      <label htmlFor={id} className="ui-visually-hidden">
        {t('common.shell.organization')}
      </label>
      <select
        id={id}
        className="shell__org-select"
        value={active.organizationId}
        onChange={(event) => active.select(event.target.value)}
      >
        {active.memberships.map((membership) => (
          <option key={membership.organizationId} value={membership.organizationId}>
            {t('common.shell.organizationAndRole', {
              organization: membership.organizationName,
              role: t(`common.roles.${membership.role}`),
            })}
          </option>
        ))}
      </select>
    </div>
  )
}
