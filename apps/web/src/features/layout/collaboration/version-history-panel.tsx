import type { LayoutSnapshot } from '@growops/domain'
import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { Component, Suspense, lazy, useId, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { LayoutDialog } from './layout-dialog.tsx'
import { VersionStructure } from './version-structure.tsx'
import './collaboration.css'

const VersionCanvas = lazy(() => import('./version-canvas.tsx'))

export interface VersionHistoryPanelProps {
  propertyId: string
}

/** Published layout versions, newest first, each with who/when/counts and a read-only view. */
export function VersionHistoryPanel({ propertyId }: VersionHistoryPanelProps) {
  const { t, i18n } = useTranslation()
  const headingId = useId()
  const { organizationId } = useActiveOrganization()
  const versions = trpc.layout.versions.useQuery({ organizationId, propertyId })
  const [viewing, setViewing] = useState<number | null>(null)
  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
    [i18n.language],
  )

  let body: ReactNode
  if (versions.isPending) body = <LoadingState label={t('layoutCollab.history.loading')} />
  else if (versions.isError) body = <Alert>{translateApiError(i18n, versions.error)}</Alert>
  else if (versions.data.length === 0)
    body = (
      <EmptyState headingLevel={3} title={t('layoutCollab.history.empty.title')}>
        <p>{t('layoutCollab.history.empty.body')}</p>
      </EmptyState>
    )
  else
    body = (
      <ol className="version-list">
        {versions.data.map((version) => (
          <li key={version.id} className="version-list__item">
            <div>
              <h3>{t('layoutCollab.history.version', { number: version.number })}</h3>
              <p>
                <time dateTime={new Date(version.publishedAt).toISOString()}>
                  {dateFormat.format(new Date(version.publishedAt))}
                </time>
                {' · '}
                {version.publishedBy
                  ? t('layoutCollab.history.by', { name: version.publishedBy.name })
                  : t('layoutCollab.history.byUnknown')}
              </p>
              <p className="muted">
                {version.counts
                  ? t('layoutCollab.history.counts', version.counts)
                  : t('layoutCollab.history.countsUnknown')}
              </p>
            </div>
            <button
              type="button"
              className="ui-button ui-button--secondary"
              onClick={() => setViewing(version.number)}
            >
              {t('layoutCollab.history.view', { number: version.number })}
            </button>
          </li>
        ))}
      </ol>
    )

  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__subheading">
        {t('layoutCollab.history.heading')}
      </h2>
      {body}
      <LayoutDialog
        wide
        open={viewing !== null}
        title={t('layoutCollab.history.viewerTitle', { number: viewing ?? 0 })}
        closeLabel={t('layoutCollab.history.close')}
        onClose={() => setViewing(null)}
      >
        {viewing !== null ? <VersionView propertyId={propertyId} number={viewing} /> : null}
      </LayoutDialog>
    </section>
  )
}

function VersionView({ propertyId, number }: { propertyId: string; number: number }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const version = trpc.layout.version.useQuery({ organizationId, propertyId, number })
  if (version.isPending)
    return <LoadingState label={t('layoutCollab.history.viewerLoading', { number })} />
  if (version.isError) return <Alert>{translateApiError(i18n, version.error)}</Alert>
  const snapshot: LayoutSnapshot = version.data.snapshot
  return (
    <>
      <div
        className="version-canvas"
        role="region"
        aria-label={t('layoutCollab.history.canvasLabel', { number })}
      >
        <CanvasBoundary
          fallback={<Alert tone="info">{t('layoutCollab.history.canvasUnavailable')}</Alert>}
        >
          <Suspense
            fallback={<LoadingState label={t('layoutCollab.history.viewerLoading', { number })} />}
          >
            <VersionCanvas snapshot={snapshot} />
          </Suspense>
        </CanvasBoundary>
      </div>
      <section aria-label={t('layoutCollab.history.structure')}>
        <h3>{t('layoutCollab.history.structure')}</h3>
        <VersionStructure snapshot={snapshot} />
      </section>
    </>
  )
}

/** If the drawing cannot load (a failed chunk, a shape error), the structure list still shows. */
class CanvasBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
