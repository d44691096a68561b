import { InventoryItemCreateInputSchema, type InventoryCategory } from '@growops/domain'
import { Alert } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { readApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { invalidFieldsOf, type InvalidFields } from '../../live/components/field-error.tsx'
import { parseDecimalInput } from '../format.ts'
import { describeInventoryError } from '../inventory-errors.ts'
import { CategorySelect } from './category-select.tsx'
import { fieldErrorText, type InventoryField } from './field-errors.ts'
import { Field } from './field.tsx'

/** A new item; on success its page opens, ready to receive the first lot. */
export function CreateItemForm() {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const navigate = useNavigate()
  const utils = trpc.useUtils()
  const properties = trpc.property.list.useQuery({ organizationId })
  const [sku, setSku] = useState('')
  const [name, setName] = useState('')
  const [category, setCategory] = useState<InventoryCategory | ''>('NUTRIENT')
  const [unit, setUnit] = useState('')
  const [threshold, setThreshold] = useState('')
  const [propertyId, setPropertyId] = useState('')
  const [invalid, setInvalid] = useState<InvalidFields>(new Set())
  const create = trpc.inventory.createItem.useMutation({
    onSuccess: (item) => void navigate(`/inventory/${item.id}`),
    onError: (error) => setInvalid(invalidFieldsOf(readApiError(error).fieldErrors)),
    onSettled: () => utils.inventory.invalidate(),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    if (create.isPending) return
    const parsed = InventoryItemCreateInputSchema.safeParse({
      sku,
      name,
      category: category || undefined,
      unit,
      ...(threshold.trim() ? { restockThreshold: parseDecimalInput(threshold) } : {}),
      ...(propertyId ? { propertyId } : {}),
    })
    if (!parsed.success) {
      setInvalid(invalidFieldsOf(parsed.error))
      return
    }
    create.mutate({ organizationId, ...parsed.data })
  }

  const error = (field: InventoryField) => fieldErrorText(t, invalid, field)
  const propertyChoices = properties.data ?? []
  return (
    <form className="stack inv-form" onSubmit={submit} noValidate>
      <div className="form-row">
        <Field
          id={`${id}-name`}
          label={t('inventory.form.name')}
          value={name}
          onChange={setName}
          error={error('name')}
          required
        />
        <Field
          id={`${id}-sku`}
          label={t('inventory.form.sku')}
          value={sku}
          onChange={setSku}
          hint={t('inventory.form.skuHint')}
          error={error('sku')}
          required
        />
        <CategorySelect
          id={`${id}-category`}
          label={t('inventory.form.category')}
          value={category}
          onChange={setCategory}
        />
        <Field
          id={`${id}-unit`}
          label={t('inventory.form.unit')}
          value={unit}
          onChange={setUnit}
          hint={t('inventory.form.unitHint')}
          error={error('unit')}
          required
        />
        <Field
          id={`${id}-threshold`}
          label={t('inventory.form.thresholdNew')}
          value={threshold}
          onChange={setThreshold}
          inputMode="decimal"
          hint={t('inventory.form.thresholdHint')}
          error={error('restockThreshold')}
        />
        {propertyChoices.length > 1 ? (
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-property`}>
              {t('inventory.form.property')}
            </label>
            <select
              id={`${id}-property`}
              className="ui-select"
              value={propertyId}
              onChange={(event) => setPropertyId(event.target.value)}
            >
              <option value="">{t('inventory.form.allProperties')}</option>
              {propertyChoices.map((property) => (
                <option key={property.id} value={property.id}>
                  {t('facility.codeAndName', { code: property.code, name: property.name })}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <div>
        <button
          type="submit"
          className="ui-button ui-button--primary inv-submit"
          aria-disabled={create.isPending}
        >
          {create.isPending ? t('inventory.form.saving') : t('inventory.create.submit')}
        </button>
      </div>
      <Alert>
        {create.isError && invalid.size === 0 ? describeInventoryError(i18n, create.error) : null}
      </Alert>
    </form>
  )
}
