import { InventoryAdjustInputSchema, InventoryDisposeInputSchema } from '@growops/domain'
import { Alert } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { readApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { invalidFieldsOf, type InvalidFields } from '../../live/components/field-error.tsx'
import { parseDecimalInput } from '../format.ts'
import { useIdempotencyKey } from '../hooks/use-keyed-mutation.ts'
import { describeInventoryError } from '../inventory-errors.ts'
import type { InventoryItem, InventoryLot, StockChangeDone } from '../inventory-types.ts'
import { fieldErrorText, type InventoryField } from './field-errors.ts'
import { Field } from './field.tsx'
import { LotSelect } from './lot-select.tsx'

interface LotChangeFormProps {
  /** ADJUST: a counted correction either way; DISPOSE: thrown away. */
  kind: 'ADJUST' | 'DISPOSE'
  item: InventoryItem
  lots: readonly InventoryLot[]
  onDone: StockChangeDone
}

/** Changes one chosen lot: an adjustment (signed) or a disposal, each with a reason. */
export function LotChangeForm({ kind, item, lots, onDone }: LotChangeFormProps) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const utils = trpc.useUtils()
  const idempotency = useIdempotencyKey()
  const [lotId, setLotId] = useState('')
  const [quantity, setQuantity] = useState('')
  const [reason, setReason] = useState('')
  const [invalid, setInvalid] = useState<InvalidFields>(new Set())
  const options = {
    onSuccess: (result: Parameters<StockChangeDone>[0]) => {
      idempotency.renew()
      setQuantity('')
      setReason('')
      setInvalid(new Set())
      onDone(result)
    },
    onError: (error: unknown) => setInvalid(invalidFieldsOf(readApiError(error).fieldErrors)),
    onSettled: () => utils.inventory.invalidate(),
  }
  const adjust = trpc.inventory.adjust.useMutation(options)
  const dispose = trpc.inventory.dispose.useMutation(options)
  const mutation = kind === 'ADJUST' ? adjust : dispose
  const prefix = kind === 'ADJUST' ? 'inventory.adjust' : 'inventory.dispose'

  function submit(event: FormEvent) {
    event.preventDefault()
    if (mutation.isPending) return
    const input = {
      itemId: item.id,
      lotId,
      quantity: parseDecimalInput(quantity),
      reason,
      idempotencyKey: idempotency.key,
    }
    const parsed =
      kind === 'ADJUST'
        ? InventoryAdjustInputSchema.safeParse(input)
        : InventoryDisposeInputSchema.safeParse(input)
    if (!parsed.success) {
      setInvalid(invalidFieldsOf(parsed.error))
      return
    }
    if (kind === 'ADJUST') adjust.mutate({ organizationId, ...parsed.data })
    else dispose.mutate({ organizationId, ...parsed.data })
  }

  const error = (field: InventoryField) =>
    fieldErrorText(
      t,
      invalid,
      field,
      field === 'quantity' && kind === 'ADJUST' ? 'signedQuantity' : field,
    )
  return (
    <form className="stack inv-form" onSubmit={submit} noValidate>
      <div className="form-row">
        <LotSelect
          id={`${id}-lot`}
          lots={lots}
          unit={item.unit}
          value={lotId}
          onChange={setLotId}
          includeEmpty={kind === 'ADJUST'}
          error={error('lotId')}
        />
        <Field
          id={`${id}-quantity`}
          label={t(`${prefix}.quantity`, { unit: item.unit })}
          value={quantity}
          onChange={setQuantity}
          inputMode="decimal"
          hint={kind === 'ADJUST' ? t('inventory.adjust.hint') : undefined}
          error={error('quantity')}
          required
        />
        <Field
          id={`${id}-reason`}
          label={t('inventory.form.reason')}
          value={reason}
          onChange={setReason}
          error={error('reason')}
          required
        />
      </div>
      <div>
        <button
          type="submit"
          className="ui-button ui-button--primary inv-submit"
          aria-disabled={mutation.isPending}
        >
          {mutation.isPending ? t('inventory.form.saving') : t(`${prefix}.submit`)}
        </button>
      </div>
      <Alert>
        {mutation.isError && invalid.size === 0
          ? describeInventoryError(i18n, mutation.error)
          : null}
      </Alert>
    </form>
  )
}
