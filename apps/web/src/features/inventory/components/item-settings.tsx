import { InventoryItemUpdateInputSchema, type InventoryCategory } from '@growops/domain'
import { Alert } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { readApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { invalidFieldsOf, type InvalidFields } from '../../live/components/field-error.tsx'
import { parseDecimalInput } from '../format.ts'
import { describeInventoryError } from '../inventory-errors.ts'
import type { InventoryItem } from '../inventory-types.ts'
import { CategorySelect } from './category-select.tsx'
import { fieldErrorText, type InventoryField } from './field-errors.ts'
import { Field } from './field.tsx'

/** Name, category and restock threshold; archive or restore the item. */
export function ItemSettings({ item }: { item: InventoryItem }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const utils = trpc.useUtils()
  const [name, setName] = useState(item.name)
  const [category, setCategory] = useState<InventoryCategory | ''>(item.category)
  const [threshold, setThreshold] = useState(
    item.restockThreshold === null ? '' : String(item.restockThreshold),
  )
  const [invalid, setInvalid] = useState<InvalidFields>(new Set())
  const [saved, setSaved] = useState(false)
  const update = trpc.inventory.updateItem.useMutation({
    onSuccess: () => {
      setInvalid(new Set())
      setSaved(true)
    },
    onError: (error) => setInvalid(invalidFieldsOf(readApiError(error).fieldErrors)),
    onSettled: () => utils.inventory.invalidate(),
  })
  const archive = trpc.inventory.archiveItem.useMutation({
    onSettled: () => utils.inventory.invalidate(),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    if (update.isPending) return
    setSaved(false)
    const parsed = InventoryItemUpdateInputSchema.safeParse({
      itemId: item.id,
      name,
      ...(category ? { category } : {}),
      restockThreshold: threshold.trim() === '' ? null : parseDecimalInput(threshold),
    })
    if (!parsed.success) {
      setInvalid(invalidFieldsOf(parsed.error))
      return
    }
    update.mutate({ organizationId, ...parsed.data })
  }

  const error = (field: InventoryField) => fieldErrorText(t, invalid, field)
  const failure = update.isError && invalid.size === 0 ? update.error : archive.error
  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="card__heading">
        {t('inventory.settings.heading')}
      </h2>
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
          <CategorySelect
            id={`${id}-category`}
            label={t('inventory.form.category')}
            value={category}
            onChange={setCategory}
          />
          <Field
            id={`${id}-threshold`}
            label={t('inventory.form.threshold', { unit: item.unit })}
            value={threshold}
            onChange={setThreshold}
            inputMode="decimal"
            hint={t('inventory.form.thresholdHint')}
            error={error('restockThreshold')}
          />
        </div>
        <div className="row-actions">
          <button
            type="submit"
            className="ui-button ui-button--primary"
            aria-disabled={update.isPending}
          >
            {update.isPending ? t('inventory.form.saving') : t('inventory.settings.save')}
          </button>
          <button
            type="button"
            className="ui-button ui-button--secondary"
            aria-disabled={archive.isPending}
            onClick={() => {
              if (!archive.isPending)
                archive.mutate({ organizationId, itemId: item.id, archived: !item.archived })
            }}
          >
            {item.archived ? t('inventory.settings.restore') : t('inventory.settings.archive')}
          </button>
        </div>
      </form>
      <Alert>{failure ? describeInventoryError(i18n, failure) : null}</Alert>
      <Alert tone="info">{saved ? t('inventory.settings.saved') : null}</Alert>
    </section>
  )
}
