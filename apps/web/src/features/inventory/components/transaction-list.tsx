import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { formatCents, formatDateTime, formatSignedQuantity } from '../format.ts'
import type { InventoryTransaction } from '../inventory-types.ts'

const PAGE = 20
const TONE = { RECEIVE: 'info', USE: 'muted', ADJUST: 'warning', DISPOSE: 'danger' } as const

function TransactionRow({ row }: { row: InventoryTransaction }) {
  const { t, i18n } = useTranslation()
  const lng = i18n.language
  const against = row.batch
    ? t('inventory.transactions.forBatch', { batch: row.batch.name })
    : row.room
      ? row.sharedBatchCount === 0
        ? t('inventory.transactions.forRoomNone', { room: row.room.code })
        : t('inventory.transactions.forRoom', {
            room: row.room.code,
            count: row.sharedBatchCount,
          })
      : null
  return (
    <li className="dash-list__item inv-transaction" data-testid="inventory-transaction">
      <p className="inv-transaction__head">
        <span className="pill" data-tone={TONE[row.kind]}>
          {t(`inventory.kinds.${row.kind}`)}
        </span>{' '}
        <strong>
          {formatSignedQuantity(lng, row.quantity)} {row.item.unit}
        </strong>{' '}
        <span className="meta">
          {t('inventory.transactions.lot', { lot: row.lot.lotCode })}
          {row.costCents !== null ? ` · ${formatCents(lng, row.costCents)}` : ''}
        </span>
      </p>
      {against ? <p className="meta">{against}</p> : null}
      <p className="inv-transaction__reason">{row.reason}</p>
      <p className="meta">
        {t('inventory.transactions.by', {
          name: row.performedBy.name,
          when: formatDateTime(lng, row.performedAt),
        })}
      </p>
    </li>
  )
}

/** The item's ledger, newest first, a page at a time; refreshed live. */
export function TransactionList({ itemId }: { itemId: string }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const pages = trpc.inventory.transactions.useInfiniteQuery(
    { organizationId, itemId, limit: PAGE },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  )
  let body
  if (pages.isPending) body = <LoadingState label={t('inventory.transactions.loading')} />
  else if (pages.isError) body = <Alert>{translateApiError(i18n, pages.error)}</Alert>
  else {
    const rows = pages.data.pages.flatMap((page) => page.transactions)
    body =
      rows.length === 0 ? (
        <EmptyState title={t('inventory.transactions.empty.title')} headingLevel={3}>
          <p>{t('inventory.transactions.empty.body')}</p>
        </EmptyState>
      ) : (
        <>
          <ul className="dash-list">
            {rows.map((row) => (
              <TransactionRow key={row.id} row={row} />
            ))}
          </ul>
          {pages.hasNextPage ? (
            <button
              type="button"
              className="ui-button ui-button--secondary"
              aria-disabled={pages.isFetchingNextPage}
              onClick={() => {
                if (!pages.isFetchingNextPage) void pages.fetchNextPage()
              }}
            >
              {pages.isFetchingNextPage
                ? t('inventory.transactions.loading')
                : t('inventory.transactions.more')}
            </button>
          ) : null}
        </>
      )
  }
  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="card__heading">
        {t('inventory.transactions.heading')}
      </h2>
      {body}
    </section>
  )
}
