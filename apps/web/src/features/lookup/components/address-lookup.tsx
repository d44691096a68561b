import { normalizeAddressInput, safeParseAddressPrefix } from '@growops/domain'
import { AddressInput, Alert, Spinner } from '@growops/ui'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { readApiError, translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { describeAddressProblem, type AddressProblem } from '../address-error.ts'
import { pathForLocation } from '../location-path.ts'

export interface AddressLookupProps {
  /** Visually hide the label (the form's heading says it already). */
  hideLabel?: boolean
}

/**
 * "Find an address": type, paste or scan a full address or a prefix; it is checked here
 * first (the wrong segment is named at once), then located by the api, and the room view
 * opens at the position, section or room.
 */
export function AddressLookup({ hideLabel = false }: AddressLookupProps) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const utils = trpc.useUtils()
  const navigate = useNavigate()
  const [value, setValue] = useState('')
  const [pending, setPending] = useState(false)
  const [problem, setProblem] = useState<(AddressProblem & { address: string }) | null>(null)

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (pending) return
    const address = normalizeAddressInput(value)
    const parsed = safeParseAddressPrefix(address)
    if (!parsed.success) {
      const { code, details } = parsed.error
      const described = describeAddressProblem(t, code, details, address)
      setProblem({
        message: described?.message ?? t('errors.UNKNOWN'),
        segmentIndex: described?.segmentIndex ?? null,
        address,
      })
      return
    }
    setProblem(null)
    setPending(true)
    try {
      const found = await utils.client.position.locate.query({ organizationId, address })
      setValue('')
      await navigate(pathForLocation(found))
    } catch (error) {
      const info = readApiError(error)
      const code = info.messageKey?.replace(/^errors\.(http\.)?/, '') ?? null
      const described = describeAddressProblem(t, code, info.details, address)
      setProblem({
        message: described?.message ?? translateApiError(i18n, error),
        segmentIndex: described?.segmentIndex ?? null,
        address,
      })
    } finally {
      setPending(false)
    }
  }

  return (
    <form
      className="address-lookup"
      role="search"
      aria-label={t('lookup.formLabel')}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <AddressInput
        name="address"
        label={t('lookup.label')}
        hideLabel={hideLabel}
        value={value}
        onChange={(next) => {
          setValue(next)
          if (problem) setProblem(null)
        }}
        hint={t('lookup.hint')}
        error={problem?.message ?? null}
        invalidSegment={
          problem?.segmentIndex ? { index: problem.segmentIndex, address: problem.address } : null
        }
      />
      <button
        type="submit"
        className="ui-button ui-button--primary address-lookup__submit"
        aria-disabled={pending || undefined}
      >
        {pending ? <Spinner size="small" /> : null}
        {pending ? t('lookup.finding') : t('lookup.find')}
      </button>
      {/* The field shows the error; this region announces it when it appears. */}
      <div className="ui-visually-hidden">
        <Alert>{problem?.message ?? null}</Alert>
      </div>
    </form>
  )
}
