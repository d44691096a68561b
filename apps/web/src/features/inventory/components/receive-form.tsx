import { InventoryReceiveInputSchema } from '@growops/domain'
import { Alert } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { readApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { invalidFieldsOf, type InvalidFields } from '../../live/components/field-error.tsx'
import { parseDecimalInput, parseMoneyInput } from '../format.ts'
import { useIdempotencyKey } from '../hooks/use-keyed-mutation.ts'
import { describeInventoryError } from '../inventory-errors.ts'
import type { InventoryItem, StockChangeDone } from '../inventory-types.ts'
import { fieldErrorText, type InventoryField } from './field-errors.ts'
import { Field } from './field.tsx'

/** A delivery: a new lot with its quantity, and optionally cost, supplier and expiry. */
export function ReceiveForm({ item, onDone }: { item: InventoryItem; onDone: StockChangeDone }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const utils = trpc.useUtils()
  const idempotency = useIdempotencyKey()
  const [lotCode, setLotCode] = useState('')
  const [quantity, setQuantity] = useState('')
  const [unitCost, setUnitCost] = useState('')
  const [supplier, setSupplier] = useState('')
  const [expiresAt, setExpiresAt] = useState('')
  const [reason, setReason] = useState('')
  const [invalid, setInvalid] = useState<InvalidFields>(new Set())
  const receive = trpc.inventory.receive.useMutation({
    onSuccess: (result) => {
      idempotency.renew()
      setLotCode('')
      setQuantity('')
      setUnitCost('')
      setExpiresAt('')
      setReason('')
      setInvalid(new Set())
      onDone(result)
    },
    onError: (error) => setInvalid(invalidFieldsOf(readApiError(error).fieldErrors)),
    onSettled: () => utils.inventory.invalidate(),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    if (receive.isPending) return
    const cents = parseMoneyInput(unitCost)
    const parsed = InventoryReceiveInputSchema.safeParse({
      itemId: item.id,
      lotCode,
      quantity: parseDecimalInput(quantity),
      ...(cents === undefined ? {} : { unitCostCents: cents }),
      supplier,
      ...(expiresAt ? { expiresAt } : {}),
      reason: reason.trim() || t('inventory.receive.defaultReason'),
      idempotencyKey: idempotency.key,
    })
    if (!parsed.success) {
      setInvalid(invalidFieldsOf(parsed.error))
      return
    }
    // The day as typed: the schema turns it into a Date, the wire carries the text.
    receive.mutate({ organizationId, ...parsed.data, expiresAt: expiresAt || undefined })
  }

  const error = (field: InventoryField) => fieldErrorText(t, invalid, field)
  return (
    <form className="stack inv-form" onSubmit={submit} noValidate>
      <div className="form-row">
        <Field
          id={`${id}-lot`}
          label={t('inventory.form.lotCode')}
          value={lotCode}
          onChange={setLotCode}
          error={error('lotCode')}
          required
        />
        <Field
          id={`${id}-quantity`}
          label={t('inventory.form.quantityIn', { unit: item.unit })}
          value={quantity}
          onChange={setQuantity}
          inputMode="decimal"
          error={error('quantity')}
          required
        />
        <Field
          id={`${id}-cost`}
          label={t('inventory.form.unitCost', { unit: item.unit })}
          value={unitCost}
          onChange={setUnitCost}
          inputMode="decimal"
          hint={t('inventory.form.unitCostHint')}
          error={error('unitCostCents')}
        />
        <Field
          id={`${id}-supplier`}
          label={t('inventory.form.supplier')}
          value={supplier}
          onChange={setSupplier}
          error={error('supplier')}
        />
        <Field
          id={`${id}-expires`}
          label={t('inventory.form.expiresAt')}
          type="date"
          value={expiresAt}
          onChange={setExpiresAt}
          error={error('expiresAt')}
        />
        <Field
          id={`${id}-reason`}
          label={t('inventory.form.reasonOptional')}
          value={reason}
          onChange={setReason}
          error={error('reason')}
        />
      </div>
      <div>
        <button
          type="submit"
          className="ui-button ui-button--primary inv-submit"
          aria-disabled={receive.isPending}
        >
          {receive.isPending ? t('inventory.form.saving') : t('inventory.receive.submit')}
        </button>
      </div>
      <Alert>
        {receive.isError && invalid.size === 0 ? describeInventoryError(i18n, receive.error) : null}
      </Alert>
    </form>
  )
}
