import { Alert, Spinner } from '@growops/ui'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { readApiError, translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import type { RoomPosition } from '../../rooms/room-types.ts'

interface PlacementReviewProps {
  batchId: string
  positions: readonly RoomPosition[]
  tags: readonly string[]
  idempotencyKey: string
  onBack: () => void
  onPlaced: (message: string) => void
}

/** Addresses strings found in an error's details (the positions or tags in conflict). */
function conflictItems(details: Record<string, unknown>): string[] {
  const items: string[] = []
  for (const key of ['addresses', 'address', 'tagNumbers', 'tagNumber', 'positions']) {
    const value = details[key]
    if (typeof value === 'string') items.push(value)
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === 'string') items.push(item)
        else if (item && typeof item === 'object' && 'address' in item)
          items.push(String((item as { address: unknown }).address))
      }
    }
  }
  return items.slice(0, 20)
}

/** The placement to confirm, address by address; one click (or ten) places it once. */
export function PlacementReview(props: PlacementReviewProps) {
  const { batchId, positions, tags, idempotencyKey } = props
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const utils = trpc.useUtils()
  const headingId = useId()
  const batch = trpc.batch.list
    .useQuery({ organizationId })
    .data?.find((candidate) => candidate.id === batchId)
  const batchName = batch?.name ?? ''

  const place = trpc.plant.bulkPlace.useMutation({
    onSuccess: () => {
      props.onPlaced(t('placement.placed', { count: positions.length, batch: batchName }))
    },
    onSettled: () =>
      Promise.all([utils.room.invalidate(), utils.property.invalidate(), utils.batch.invalidate()]),
  })

  const confirm = () => {
    if (place.isPending) return
    place.mutate({
      organizationId,
      batchId,
      positionIds: positions.map((position) => position.id),
      tagNumbers: [...tags],
      idempotencyKey,
    })
  }

  const error = place.error ? readApiError(place.error) : null
  const conflicts = error ? conflictItems(error.details) : []

  return (
    <section className="placement__review stack" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__subheading">
        {t('placement.review.heading')}
      </h3>
      <p>{t('placement.review.summary', { count: positions.length, batch: batchName })}</p>
      <div className="review-table__scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
        <table className="review-table">
          <thead>
            <tr>
              <th scope="col">{t('placement.review.number')}</th>
              <th scope="col">{t('placement.review.address')}</th>
              <th scope="col">{t('placement.review.tag')}</th>
            </tr>
          </thead>
          <tbody>
            {positions.map((position, index) => (
              <tr key={position.id}>
                <td>{index + 1}</td>
                <td className="mono">{position.address}</td>
                <td className="mono">{tags[index]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Alert>
        {place.error ? (
          <>
            <p>{translateApiError(i18n, place.error)}</p>
            <p>{t('placement.review.nothingChanged')}</p>
            {conflicts.length > 0 ? (
              <p className="mono">
                {t('placement.review.conflicts', { list: conflicts.join(', ') })}
              </p>
            ) : null}
          </>
        ) : null}
      </Alert>
      <div className="button-row">
        <button
          type="button"
          className="ui-button ui-button--primary"
          aria-disabled={place.isPending || undefined}
          onClick={confirm}
        >
          {place.isPending ? <Spinner size="small" /> : null}
          {place.isPending
            ? t('placement.review.placing')
            : t('placement.review.confirm', { count: positions.length })}
        </button>
        <button
          type="button"
          className="ui-button ui-button--secondary"
          disabled={place.isPending}
          onClick={props.onBack}
        >
          {t('placement.review.back')}
        </button>
      </div>
    </section>
  )
}
