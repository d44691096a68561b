import { KioskCreateInputSchema } from '@growops/domain'
import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { FieldError } from '../../live/components/field-error.tsx'
import { formatDateTime } from '../visit-format.ts'

/** The link that signs a device in as the kiosk; shown once, right after creating it. */
export function kioskLink(origin: string, token: string): string {
  return `${origin}/kiosk?${new URLSearchParams({ token }).toString()}`
}

function NewKioskLink({ link }: { link: string }) {
  const { t } = useTranslation()
  const id = useId()
  const [copied, setCopied] = useState(false)
  return (
    <div className="card stack visitor-kiosk-link" role="status">
      <h3 className="card__heading">{t('visitors.kiosks.created.heading')}</h3>
      <p>{t('visitors.kiosks.created.body')}</p>
      <label className="ui-field__label" htmlFor={id}>
        {t('visitors.kiosks.created.link')}
      </label>
      <input
        id={id}
        className="ui-field__input"
        readOnly
        value={link}
        onFocus={(e) => e.target.select()}
      />
      <div className="row-actions">
        <button
          type="button"
          className="ui-button ui-button--secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(link).then(() => setCopied(true))
          }}
        >
          {copied ? t('visitors.kiosks.created.copied') : t('visitors.kiosks.created.copy')}
        </button>
        <a className="ui-button ui-button--primary" href={link}>
          {t('visitors.kiosks.created.open')}
        </a>
      </div>
    </div>
  )
}

/** A property's lobby kiosks: create one (its link shown once), see when each was last used, revoke. */
export function KiosksManager({
  propertyId,
  canManage,
}: {
  propertyId: string
  canManage: boolean
}) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const utils = trpc.useUtils()
  const kiosks = trpc.kiosk.list.useQuery({ organizationId, propertyId })
  const [name, setName] = useState('')
  const [nameInvalid, setNameInvalid] = useState(false)
  const create = trpc.kiosk.create.useMutation({
    onSuccess: () => setName(''),
    onSettled: () => utils.kiosk.list.invalidate(),
  })
  const revoke = trpc.kiosk.revoke.useMutation({ onSettled: () => utils.kiosk.list.invalidate() })

  function submit(event: FormEvent) {
    event.preventDefault()
    const parsed = KioskCreateInputSchema.safeParse({ propertyId, name })
    setNameInvalid(!parsed.success)
    if (parsed.success) create.mutate({ organizationId, ...parsed.data })
  }

  let list
  if (kiosks.isPending) list = <LoadingState label={t('visitors.kiosks.loading')} />
  else if (kiosks.isError) list = <Alert>{translateApiError(i18n, kiosks.error)}</Alert>
  else if (kiosks.data.length === 0) {
    list = (
      <EmptyState title={t('visitors.kiosks.empty.title')} headingLevel={3}>
        <p>{t('visitors.kiosks.empty.body')}</p>
      </EmptyState>
    )
  } else {
    list = (
      <ul className="dash-list">
        {kiosks.data.map((kiosk) => (
          <li key={kiosk.id} className="dash-list__item visitor-row">
            <div className="visitor-row__main">
              <h3 className="visitor-row__name">{kiosk.name}</h3>
              <p className="meta">
                {kiosk.revokedAt
                  ? t('visitors.kiosks.revokedAt', {
                      when: formatDateTime(kiosk.revokedAt, i18n.language),
                    })
                  : kiosk.lastSeenAt
                    ? t('visitors.kiosks.lastSeen', {
                        when: formatDateTime(kiosk.lastSeenAt, i18n.language),
                      })
                    : t('visitors.kiosks.neverUsed')}
              </p>
            </div>
            {canManage && !kiosk.revokedAt ? (
              <button
                type="button"
                className="ui-button ui-button--secondary ui-button--small"
                onClick={() => {
                  if (window.confirm(t('visitors.kiosks.confirmRevoke', { name: kiosk.name }))) {
                    revoke.mutate({ organizationId, kioskId: kiosk.id })
                  }
                }}
              >
                {t('visitors.kiosks.revoke')}
                <span className="ui-visually-hidden"> {kiosk.name}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    )
  }

  return (
    <div className="stack">
      {create.data ? (
        <NewKioskLink link={kioskLink(window.location.origin, create.data.token)} />
      ) : null}
      {list}
      <Alert>{revoke.isError ? translateApiError(i18n, revoke.error) : null}</Alert>
      {canManage ? (
        <form className="stack live-form" onSubmit={submit} noValidate>
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-name`}>
              {t('visitors.kiosks.name')}
            </label>
            <input
              id={`${id}-name`}
              className="ui-field__input"
              value={name}
              onChange={(event) => setName(event.target.value)}
              aria-invalid={nameInvalid ? true : undefined}
              aria-describedby={nameInvalid ? `${id}-name-error` : `${id}-name-hint`}
              autoComplete="off"
            />
            <p id={`${id}-name-hint`} className="meta">
              {t('visitors.kiosks.nameHint')}
            </p>
            <FieldError
              id={`${id}-name-error`}
              message={nameInvalid ? t('visitors.kiosks.nameError') : null}
            />
          </div>
          <div>
            <button
              type="submit"
              className="ui-button ui-button--primary"
              aria-disabled={create.isPending}
            >
              {t('visitors.kiosks.create')}
            </button>
          </div>
          <Alert>{create.isError ? translateApiError(i18n, create.error) : null}</Alert>
        </form>
      ) : null}
    </div>
  )
}
