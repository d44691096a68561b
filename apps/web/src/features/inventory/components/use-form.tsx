import { InventoryUseInputSchema } from '@growops/domain'
import { Alert } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { readApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { invalidFieldsOf, type InvalidFields } from '../../live/components/field-error.tsx'
import { parseDecimalInput } from '../format.ts'
import { useIdempotencyKey } from '../hooks/use-keyed-mutation.ts'
import { useUseTargets, type UseTarget } from '../hooks/use-use-targets.ts'
import { describeInventoryError } from '../inventory-errors.ts'
import type { InventoryItem, InventoryLot, StockChangeDone } from '../inventory-types.ts'
import { fieldErrorText, type InventoryField } from './field-errors.ts'
import { Field } from './field.tsx'
import { LotSelect } from './lot-select.tsx'

type Against = 'BATCH' | 'ROOM' | 'NONE'
const AGAINST: readonly Against[] = ['BATCH', 'ROOM', 'NONE']

interface UseFormProps {
  item: InventoryItem
  lots: readonly InventoryLot[]
  onDone: StockChangeDone
}

function TargetSelect(props: {
  id: string
  label: string
  choose: string
  targets: readonly UseTarget[]
  value: string
  onChange: (value: string) => void
  error: string | null
}) {
  return (
    <div className="ui-field">
      <label className="ui-field__label" htmlFor={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        className="ui-select"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
      >
        <option value="">{props.choose}</option>
        {props.targets.map((target) => (
          <option key={target.id} value={target.id}>
            {target.label}
          </option>
        ))}
      </select>
      {props.error ? (
        <p id={`${props.id}-error`} className="ui-field__error">
          {props.error}
        </p>
      ) : null}
    </div>
  )
}

/** Stock taken for the grow, against a batch or a room; from a chosen lot or the first to expire. */
export function UseForm({ item, lots, onDone }: UseFormProps) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const utils = trpc.useUtils()
  const idempotency = useIdempotencyKey()
  const targets = useUseTargets(item.propertyId)
  const [lotId, setLotId] = useState('')
  const [quantity, setQuantity] = useState('')
  const [against, setAgainst] = useState<Against>('BATCH')
  const [batchId, setBatchId] = useState('')
  const [roomId, setRoomId] = useState('')
  const [reason, setReason] = useState('')
  const [invalid, setInvalid] = useState<InvalidFields>(new Set())
  const use = trpc.inventory.use.useMutation({
    onSuccess: (result) => {
      idempotency.renew()
      setQuantity('')
      setInvalid(new Set())
      onDone(result)
    },
    onError: (error) => setInvalid(invalidFieldsOf(readApiError(error).fieldErrors)),
    onSettled: () => utils.inventory.invalidate(),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    if (use.isPending) return
    const missing = new Set<string>()
    if (against === 'BATCH' && !batchId) missing.add('batchId')
    if (against === 'ROOM' && !roomId) missing.add('roomId')
    const parsed = InventoryUseInputSchema.safeParse({
      itemId: item.id,
      ...(lotId ? { lotId } : {}),
      quantity: parseDecimalInput(quantity),
      ...(against === 'BATCH' && batchId ? { batchId } : {}),
      ...(against === 'ROOM' && roomId ? { roomId } : {}),
      reason,
      idempotencyKey: idempotency.key,
    })
    if (!parsed.success || missing.size > 0) {
      setInvalid(new Set([...missing, ...(parsed.error ? invalidFieldsOf(parsed.error) : [])]))
      return
    }
    use.mutate({ organizationId, ...parsed.data })
  }

  const error = (field: InventoryField) => fieldErrorText(t, invalid, field)
  return (
    <form className="stack inv-form" onSubmit={submit} noValidate>
      <div className="form-row">
        <Field
          id={`${id}-quantity`}
          label={t('inventory.form.quantityIn', { unit: item.unit })}
          value={quantity}
          onChange={setQuantity}
          inputMode="decimal"
          error={error('quantity')}
          required
        />
        <LotSelect
          id={`${id}-lot`}
          lots={lots}
          unit={item.unit}
          value={lotId}
          onChange={setLotId}
          automatic
          error={error('lotId')}
        />
      </div>
      <fieldset className="live-fieldset">
        <legend className="ui-field__label">{t('inventory.use.against')}</legend>
        <div className="choice-row">
          {AGAINST.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`${id}-against`}
                checked={against === value}
                onChange={() => setAgainst(value)}
              />
              {t(`inventory.use.againstOptions.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-row">
        {against === 'BATCH' ? (
          <TargetSelect
            id={`${id}-batch`}
            label={t('inventory.use.batch')}
            choose={t('inventory.use.chooseBatch')}
            targets={targets.batches}
            value={batchId}
            onChange={setBatchId}
            error={error('batchId')}
          />
        ) : null}
        {against === 'ROOM' ? (
          <TargetSelect
            id={`${id}-room`}
            label={t('inventory.use.room')}
            choose={t('inventory.use.chooseRoom')}
            targets={targets.rooms}
            value={roomId}
            onChange={setRoomId}
            error={error('roomId')}
          />
        ) : null}
        <Field
          id={`${id}-reason`}
          label={t('inventory.form.reason')}
          value={reason}
          onChange={setReason}
          hint={t('inventory.use.reasonHint')}
          error={error('reason')}
          required
        />
      </div>
      {against === 'ROOM' ? <p className="meta">{t('inventory.use.roomShareHint')}</p> : null}
      <div>
        <button
          type="submit"
          className="ui-button ui-button--primary inv-submit"
          aria-disabled={use.isPending}
        >
          {use.isPending ? t('inventory.form.saving') : t('inventory.use.submit')}
        </button>
      </div>
      <Alert>
        {use.isError && invalid.size === 0 ? describeInventoryError(i18n, use.error) : null}
      </Alert>
    </form>
  )
}
