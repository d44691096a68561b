import type { InventoryCategory } from '@growops/domain'
import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useDeferredValue, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { CategorySelect } from './components/category-select.tsx'
import { CreateItemForm } from './components/create-item-form.tsx'
import { Field } from './components/field.tsx'
import { InventoryTabs } from './components/inventory-tabs.tsx'
import { ItemTable } from './components/item-table.tsx'
import './inventory.css'

/** `/inventory`: items with what is on hand and low-stock badges; filters; a new item. */
export function InventoryPage() {
  const { t, i18n } = useTranslation()
  const { organizationId, canWrite } = useActiveOrganization()
  const id = useId()
  useDocumentTitle(t('inventory.pageTitle'))
  const [search, setSearch] = useState('')
  const [category, setCategory] = useState<InventoryCategory | ''>('')
  const [lowOnly, setLowOnly] = useState(false)
  const [includeArchived, setIncludeArchived] = useState(false)
  const [creating, setCreating] = useState(false)
  const query = useDeferredValue(search.trim())
  const items = trpc.inventory.items.useQuery({
    organizationId,
    ...(query ? { search: query } : {}),
    ...(category ? { category } : {}),
    lowOnly,
    includeArchived,
  })
  const writer = canWrite('INVENTORY')

  let body
  if (items.isPending) body = <LoadingState label={t('inventory.items.loading')} />
  else if (items.isError) body = <Alert>{translateApiError(i18n, items.error)}</Alert>
  else if (items.data.length === 0)
    body = (
      <EmptyState title={t('inventory.items.empty.title')} headingLevel={3}>
        <p>{t(writer ? 'inventory.items.empty.bodyWriter' : 'inventory.items.empty.body')}</p>
      </EmptyState>
    )
  else body = <ItemTable items={items.data} />

  return (
    <div className="page stack">
      <div>
        <h1>{t('inventory.heading')}</h1>
        <p className="muted">{t('inventory.intro')}</p>
      </div>
      <InventoryTabs />
      {writer ? (
        <section className="card stack" aria-labelledby={`${id}-new`}>
          <div className="inv-section-head">
            <h2 id={`${id}-new`} className="card__heading">
              {t('inventory.create.heading')}
            </h2>
            <button
              type="button"
              className="ui-button ui-button--secondary"
              aria-expanded={creating}
              aria-controls={`${id}-new-form`}
              onClick={() => setCreating((open) => !open)}
            >
              {creating ? t('inventory.create.close') : t('inventory.create.open')}
            </button>
          </div>
          <div id={`${id}-new-form`} hidden={!creating}>
            {creating ? <CreateItemForm /> : null}
          </div>
        </section>
      ) : null}
      <section className="card stack" aria-labelledby={`${id}-items`}>
        <h2 id={`${id}-items`} className="card__heading">
          {t('inventory.items.heading')}
        </h2>
        <div className="form-row" role="search" aria-label={t('inventory.filters.label')}>
          <Field
            id={`${id}-search`}
            type="search"
            label={t('inventory.filters.search')}
            value={search}
            onChange={setSearch}
          />
          <CategorySelect
            id={`${id}-category`}
            label={t('inventory.filters.category')}
            value={category}
            onChange={setCategory}
            emptyLabel={t('inventory.filters.allCategories')}
          />
          <div className="inv-checks">
            <label className="choice">
              <input
                type="checkbox"
                checked={lowOnly}
                onChange={(event) => setLowOnly(event.target.checked)}
              />
              {t('inventory.filters.lowOnly')}
            </label>
            <label className="choice">
              <input
                type="checkbox"
                checked={includeArchived}
                onChange={(event) => setIncludeArchived(event.target.checked)}
              />
              {t('inventory.filters.archived')}
            </label>
          </div>
        </div>
        {body}
      </section>
    </div>
  )
}
