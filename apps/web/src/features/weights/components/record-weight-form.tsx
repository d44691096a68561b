import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { readApiError, translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { FieldError } from '../../live/components/field-error.tsx'
import { WEIGHT_UNITS, type WeightUnitChoice } from '../../scan/flows/weight-input.ts'
import { describeScanError } from '../../scan/hooks/submit-outcome.ts'
import { submitScanAction } from '../../scan/offline/index.ts'
import {
  emptyWeightForm,
  readWeightForm,
  WEIGHT_KINDS,
  type WeightFormProblems,
  type WeightFormValues,
  type WeightToRecord,
} from '../weight-form.ts'

type Outcome =
  { status: 'applied' | 'queued'; what: string } | { status: 'refused'; message: string } | null

/**
 * Record a wet, dry or waste weight of the whole batch or of one plant (by tag). It goes through
 * the scanner's offline queue with an idempotency key, so a weighing made without a signal is
 * kept on the phone and recorded once when the connection returns. Online, a typed tag is
 * checked first so a typo is said at the field instead of queued.
 */
export function RecordWeightForm({ batchId, unit }: { batchId: string; unit: WeightUnitChoice }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const utils = trpc.useUtils()
  const id = useId()
  const [values, setValues] = useState<WeightFormValues>(() => emptyWeightForm(unit))
  const [problems, setProblems] = useState<WeightFormProblems>({})
  const [sending, setSending] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const change = (patch: Partial<WeightFormValues>) => setValues((old) => ({ ...old, ...patch }))

  /**
   * The plant by id when the api knows the tag, by tag when there is no connection (the queue
   * looks it up when it sends); null when refused (said at the field or below the form).
   */
  async function plantFor(tag: string): Promise<{ plantId: string } | { plantTag: string } | null> {
    try {
      const plant = await utils.client.plant.byTag.query({ organizationId, tagNumber: tag })
      return { plantId: plant.id }
    } catch (error) {
      const info = readApiError(error)
      if (info.unreachable) return { plantTag: tag }
      if (info.messageKey === 'errors.NOT_FOUND') setProblems({ plant: 'unknownPlant' })
      else setOutcome({ status: 'refused', message: translateApiError(i18n, error) })
      return null
    }
  }

  async function send(weight: WeightToRecord) {
    const { plantTag, ...rest } = weight
    const plant = plantTag ? await plantFor(plantTag) : {}
    if (plant === null) return
    const what = t('weights.log.entry', {
      kind: t(`weights.kinds.${weight.kind}`),
      weight: `${values.value.trim()} ${t(`scan.units.${weight.unit}`)}`,
      what: plantTag ? t('weights.log.plant', { tag: plantTag }) : t('weights.log.wholeBatch'),
    })
    const result = await submitScanAction({
      type: 'weight',
      input: { organizationId, ...rest, ...plant },
      label: what,
    })
    if (result.status === 'conflict') {
      setOutcome({ status: 'refused', message: describeScanError(t, result.error) })
      return
    }
    setOutcome({ status: result.status, what })
    setValues((old) => ({ ...old, value: '', plantText: '', note: '' }))
    if (result.status === 'applied') {
      void utils.weight.list.invalidate({ organizationId, batchId })
      void utils.batch.yield.invalidate({ organizationId, batchId })
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (sending) return
    setOutcome(null)
    const read = readWeightForm(batchId, values)
    if (!read.ok) {
      setProblems(read.problems)
      return
    }
    setProblems({})
    setSending(true)
    send(read.weight)
      .catch((error: unknown) =>
        setOutcome({
          status: 'refused',
          message: error instanceof Error ? error.message : String(error),
        }),
      )
      .finally(() => setSending(false))
  }

  const errorOf = (field: keyof WeightFormProblems) => {
    const problem = problems[field]
    return problem ? t(`weights.form.errors.${problem}`) : null
  }
  const described = (field: keyof WeightFormProblems, hint?: string) =>
    [hint, problems[field] ? `${id}-${field}-error` : null].filter(Boolean).join(' ') || undefined

  return (
    <form className="stack weights-form" onSubmit={submit} noValidate>
      <fieldset className="weights-choices">
        <legend className="ui-field__label">{t('weights.form.kind')}</legend>
        {WEIGHT_KINDS.map((kind) => (
          <label key={kind} className="weights-choice">
            <input
              type="radio"
              name={`${id}-kind`}
              value={kind}
              checked={values.kind === kind}
              onChange={() => change({ kind })}
            />
            {t(`weights.kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      <div className="weights-value">
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-value`}>
            {t('weights.form.value')}
          </label>
          <input
            id={`${id}-value`}
            className="ui-field__input weights-big"
            inputMode="decimal"
            autoComplete="off"
            value={values.value}
            onChange={(event) => change({ value: event.target.value })}
            aria-invalid={problems.value ? true : undefined}
            aria-describedby={described('value')}
          />
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-unit`}>
            {t('weights.form.unit')}
          </label>
          <select
            id={`${id}-unit`}
            className="ui-select weights-big"
            value={values.unit}
            onChange={(event) => change({ unit: event.target.value as WeightUnitChoice })}
          >
            {WEIGHT_UNITS.map((choice) => (
              <option key={choice} value={choice}>
                {t(`scan.units.${choice}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FieldError id={`${id}-value-error`} message={errorOf('value')} />
      <fieldset className="weights-choices">
        <legend className="ui-field__label">{t('weights.form.target')}</legend>
        {(['batch', 'plant'] as const).map((target) => (
          <label key={target} className="weights-choice">
            <input
              type="radio"
              name={`${id}-target`}
              value={target}
              checked={values.target === target}
              onChange={() => change({ target })}
            />
            {t(target === 'batch' ? 'weights.form.wholeBatch' : 'weights.form.onePlant')}
          </label>
        ))}
      </fieldset>
      {values.target === 'plant' ? (
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-plant`}>
            {t('weights.form.plant')}
          </label>
          <input
            id={`${id}-plant`}
            className="ui-field__input weights-big"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={values.plantText}
            onChange={(event) => change({ plantText: event.target.value })}
            aria-invalid={problems.plant ? true : undefined}
            aria-describedby={described('plant', `${id}-plant-hint`)}
          />
          <p id={`${id}-plant-hint`} className="meta">
            {t('weights.form.plantHint')}
          </p>
          <FieldError id={`${id}-plant-error`} message={errorOf('plant')} />
        </div>
      ) : null}
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-note`}>
          {t('weights.form.note')}
        </label>
        <textarea
          id={`${id}-note`}
          className="ui-field__input"
          rows={2}
          value={values.note}
          onChange={(event) => change({ note: event.target.value })}
          aria-invalid={problems.note ? true : undefined}
          aria-describedby={described('note')}
        />
        <FieldError id={`${id}-note-error`} message={errorOf('note')} />
      </div>
      <button
        type="submit"
        className="ui-button ui-button--primary weights-big"
        aria-disabled={sending || undefined}
      >
        {sending ? t('weights.form.sending') : t('weights.form.submit')}
      </button>
      {outcome?.status === 'refused' ? (
        <p className="weights-outcome weights-outcome--refused" role="alert">
          {t('weights.form.refused', { message: outcome.message })}
        </p>
      ) : (
        <p className="weights-outcome" role="status">
          {outcome
            ? t(outcome.status === 'applied' ? 'weights.form.recorded' : 'weights.form.queued', {
                what: outcome.what,
              })
            : ''}
        </p>
      )}
    </form>
  )
}
