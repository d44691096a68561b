import { Alert, LoadingState } from '@growops/ui'
import { useId } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { translateKey } from '../../../app/translate-key.ts'
import { trpc } from '../../../app/trpc.ts'

function describeMove(t: TFunction, from: string | null, to: string | null): string {
  if (from && to) return t('rooms.history.move', { from, to })
  if (to) return t('rooms.history.placed', { to })
  if (from) return t('rooms.history.removed', { from })
  return t('rooms.history.noAddress')
}

/** Where a plant has been: newest move first, with who moved it and why. */
export function PlantHistory({ plantId }: { plantId: string }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const history = trpc.plant.history.useQuery({ organizationId, plantId })
  const headingId = useId()
  const dateFormat = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  })

  let body
  if (history.isPending) body = <LoadingState label={t('rooms.history.loading')} />
  else if (history.isError) body = <Alert>{translateApiError(i18n, history.error)}</Alert>
  else if (history.data.entries.length === 0)
    body = <p className="muted">{t('rooms.history.empty')}</p>
  else
    body = (
      <ol className="history-list">
        {history.data.entries
          .toSorted((a, b) => new Date(b.movedAt).getTime() - new Date(a.movedAt).getTime())
          .map((entry) => (
            <li key={entry.id} className="history-list__item">
              <p className="history-list__when">
                <time dateTime={new Date(entry.movedAt).toISOString()}>
                  {t('rooms.history.when', {
                    date: dateFormat.format(new Date(entry.movedAt)),
                    reason: entry.reason
                      ? translateKey(t, `rooms.history.reasons.${entry.reason}`, {
                          defaultValue: entry.reason,
                        })
                      : t('rooms.history.noReason'),
                  })}
                </time>
              </p>
              <p className="history-list__move mono">
                {describeMove(t, entry.fromAddress, entry.toAddress)}
              </p>
              {entry.movedByName ? (
                <p className="history-list__who muted">
                  {t('rooms.history.by', { name: entry.movedByName })}
                </p>
              ) : null}
            </li>
          ))}
      </ol>
    )

  return (
    <section aria-labelledby={headingId} className="stack stack--tight">
      <h3 id={headingId} className="sheet__subtitle">
        {t('rooms.history.heading')}
      </h3>
      {body}
    </section>
  )
}
