import { KioskCheckInInputSchema } from '@growops/domain'
import { Alert } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { readApiError, translateApiError } from '../../../app/api-errors.ts'
import { trpc, type RouterOutputs } from '../../../app/trpc.ts'
import {
  FieldError,
  invalidFieldsOf,
  type InvalidFields,
} from '../../live/components/field-error.tsx'
import { ZoneChoices } from '../../visitors/components/zone-choices.tsx'

export type KioskSession = RouterOutputs['kiosk']['session']
export type KioskBadge = RouterOutputs['kiosk']['checkIn']

const TEXT = ['visitorName', 'company', 'purpose'] as const
type TextField = (typeof TEXT)[number]
const FIELDS = [...TEXT, 'hostId', 'zoneIds', 'idChecked', 'safetyAgreementAccepted'] as const
type Field = (typeof FIELDS)[number]

/** The visitor's own check-in: who, for whom, where, the ID acknowledgement and the agreement. */
export function KioskCheckInForm({
  token,
  session,
  onCheckedIn,
  onCancel,
}: {
  token: string
  session: KioskSession
  onCheckedIn: (badge: KioskBadge) => void
  onCancel: () => void
}) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const [text, setText] = useState<Record<TextField, string>>({
    visitorName: '',
    company: '',
    purpose: '',
  })
  const [hostId, setHostId] = useState('')
  // Nothing chosen for the visitor: where they may go is theirs to say and the host's to check.
  const [zoneIds, setZoneIds] = useState<string[]>([])
  const [idChecked, setIdChecked] = useState(false)
  const [agreed, setAgreed] = useState(false)
  const [invalid, setInvalid] = useState<InvalidFields>(new Set())
  const checkIn = trpc.kiosk.checkIn.useMutation({
    onSuccess: onCheckedIn,
    onError: (error) => setInvalid(invalidFieldsOf(readApiError(error).fieldErrors)),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    const parsed = KioskCheckInInputSchema.safeParse({
      token,
      ...text,
      hostId,
      zoneIds,
      idChecked,
      safetyAgreementAccepted: agreed,
      safetyAgreementSha: session.agreement.sha256,
    })
    if (!parsed.success) {
      setInvalid(invalidFieldsOf(parsed.error))
      return
    }
    setInvalid(new Set())
    checkIn.mutate(parsed.data)
  }

  const error = (name: Field) => (invalid.has(name) ? t(`kiosk.checkIn.errors.${name}`) : null)
  const described = (name: Field) => (invalid.has(name) ? `${id}-${name}-error` : undefined)
  // A refusal no field explains (a revoked kiosk, a full zone) is said in the alert below.
  const fieldExplains = FIELDS.some((name) => invalid.has(name))

  return (
    <form className="kiosk-form" onSubmit={submit} noValidate>
      {TEXT.map((name) => (
        <div className="ui-field" key={name}>
          <label className="ui-field__label" htmlFor={`${id}-${name}`}>
            {t(`kiosk.checkIn.${name}`)}
          </label>
          <input
            id={`${id}-${name}`}
            className="ui-field__input"
            value={text[name]}
            onChange={(event) => setText({ ...text, [name]: event.target.value })}
            aria-invalid={invalid.has(name) ? true : undefined}
            aria-describedby={described(name)}
            autoComplete="off"
          />
          <FieldError id={`${id}-${name}-error`} message={error(name)} />
        </div>
      ))}
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-host`}>
          {t('kiosk.checkIn.host')}
        </label>
        <select
          id={`${id}-host`}
          className="ui-select"
          value={hostId}
          onChange={(event) => setHostId(event.target.value)}
          aria-invalid={invalid.has('hostId') ? true : undefined}
          aria-describedby={described('hostId')}
        >
          <option value="">{t('kiosk.checkIn.chooseHost')}</option>
          {session.hosts.map((host) => (
            <option key={host.id} value={host.id}>
              {host.name}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-hostId-error`} message={error('hostId')} />
      </div>
      <ZoneChoices
        zones={session.zones}
        value={zoneIds}
        onChange={setZoneIds}
        invalid={invalid.has('zoneIds')}
        errorId={`${id}-zoneIds-error`}
        legend={t('kiosk.checkIn.zones')}
        errorMessage={t('kiosk.checkIn.errors.zoneIds')}
        className="kiosk-choices"
      />
      <div>
        <label className="choice kiosk-check">
          <input
            type="checkbox"
            checked={idChecked}
            onChange={(event) => setIdChecked(event.target.checked)}
            aria-invalid={invalid.has('idChecked') ? true : undefined}
            aria-describedby={described('idChecked')}
          />
          {t('kiosk.checkIn.idChecked')}
        </label>
        <FieldError id={`${id}-idChecked-error`} message={error('idChecked')} />
      </div>
      <h2 id={`${id}-agreement`} className="kiosk-agreement__heading">
        {t('kiosk.checkIn.agreement')}
      </h2>
      <div
        className="kiosk-agreement"
        tabIndex={0}
        role="region"
        aria-labelledby={`${id}-agreement`}
      >
        {session.agreement.text.split('\n').map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <div>
        <label className="choice kiosk-check">
          <input
            type="checkbox"
            checked={agreed}
            onChange={(event) => setAgreed(event.target.checked)}
            aria-invalid={invalid.has('safetyAgreementAccepted') ? true : undefined}
            aria-describedby={described('safetyAgreementAccepted')}
          />
          {t('kiosk.checkIn.agree')}
        </label>
        <FieldError
          id={`${id}-safetyAgreementAccepted-error`}
          message={error('safetyAgreementAccepted')}
        />
      </div>
      <div className="kiosk-actions">
        <button
          type="submit"
          className="ui-button ui-button--primary kiosk-big"
          aria-disabled={checkIn.isPending}
        >
          {checkIn.isPending ? t('kiosk.checkIn.saving') : t('kiosk.checkIn.submit')}
        </button>
        <button
          type="button"
          className="ui-button ui-button--secondary kiosk-big"
          onClick={onCancel}
        >
          {t('kiosk.back')}
        </button>
      </div>
      <Alert>
        {checkIn.isError && !fieldExplains ? translateApiError(i18n, checkIn.error) : null}
      </Alert>
    </form>
  )
}
