// /layout/:propertyId — the collaborative layout designer of one property.
import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { Editor } from 'tldraw'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { readApiError, translateApiError } from '../../app/api-errors.ts'
import { trpc, type RouterOutputs } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { useCurrentUser } from '../auth/hooks/use-session.ts'
import { useLayerVisibility } from './canvas/layer-visibility.ts'
import {
  CommentsOverlay,
  CommentsPanel,
  PresenceBar,
  PublishButton,
  useLayoutPresence,
  VersionHistoryPanel,
} from './collaboration/index.ts'
import { ImportOffer } from './components/import-offer.tsx'
import { IssuesPanel } from './components/issues-panel.tsx'
import { LayerToggles } from './components/layer-toggles.tsx'
import { LayoutCanvas } from './components/layout-canvas.tsx'
import { LayoutToolbar } from './components/layout-toolbar.tsx'
import { OccupancyLegend } from './components/occupancy-legend.tsx'
import { PropertyPanel } from './components/property-panel.tsx'
import { SidePanel } from './components/side-panel.tsx'
import { StatusBadges } from './components/status-badges.tsx'
import { useLayoutDocument } from './hooks/use-layout-document.ts'
import { useLayoutIssues } from './hooks/use-layout-issues.ts'
import { useOccupancyOverlay } from './hooks/use-occupancy-overlay.ts'
import '../../styles/layout.css'

type ConnectionInfo = RouterOutputs['layout']['connection']

export function LayoutPage() {
  const { t, i18n } = useTranslation()
  const { propertyId = '' } = useParams()
  const { organizationId } = useActiveOrganization()
  const query = trpc.layout.connection.useQuery({ organizationId, propertyId }, { retry: false })
  useDocumentTitle(
    query.data
      ? t('layout.pageTitle', { property: query.data.property.name })
      : t('layout.pageTitleLoading'),
  )
  if (query.isPending) return <LoadingState label={t('layout.loading')} />
  if (query.isError) {
    const { messageKey } = readApiError(query.error)
    const missing =
      messageKey === 'errors.NOT_FOUND' ||
      messageKey === 'errors.http.NOT_FOUND' ||
      messageKey === 'errors.VALIDATION.FAILED'
    return (
      <div className="page stack">
        <h1>{missing ? t('layout.notFound.title') : t('layout.loadFailed')}</h1>
        {missing ? (
          <EmptyState title={t('layout.notFound.subtitle')}>
            <p>{t('layout.notFound.body')}</p>
          </EmptyState>
        ) : (
          <>
            <Alert>{translateApiError(i18n, query.error)}</Alert>
            <div>
              <button
                type="button"
                className="ui-button ui-button--secondary"
                onClick={() => void query.refetch()}
              >
                {t('common.retry')}
              </button>
            </div>
          </>
        )}
        <p>
          <Link to="/facility">{t('layout.backToFacility')}</Link>
        </p>
      </div>
    )
  }
  return <LayoutWorkspace key={propertyId} info={query.data} />
}

function LayoutWorkspace({ info }: { info: ConnectionInfo }) {
  const { t } = useTranslation()
  const me = useCurrentUser()
  const user = { id: me.user.id, name: me.user.name }
  const { document, state } = useLayoutDocument({
    documentName: info.documentName,
    collabUrl: info.collabUrl,
    canEdit: info.canEdit,
  })
  const [editor, setEditor] = useState<Editor | null>(null)
  const readOnly = !info.canEdit || state?.readOnly === true
  useEffect(() => {
    editor?.updateInstanceState({ isReadonly: readOnly })
  }, [editor, readOnly])
  const issues = useLayoutIssues(editor)
  const { visible } = useLayerVisibility()
  const occupancy = useOccupancyOverlay(editor, info.property.id, visible.occupancy)
  const presence = useLayoutPresence({
    editor,
    provider: document?.connection.provider ?? null,
    user,
    readOnly,
  })
  const propertyName = info.property.name

  return (
    <div className="layout-page">
      <header className="layout-header">
        <div className="layout-header__title">
          <h1>{t('layout.heading', { property: propertyName })}</h1>
          <Link to="/facility">{t('layout.backToFacility')}</Link>
        </div>
        <StatusBadges state={state} readOnly={readOnly} />
        <PresenceBar
          peers={presence.peers}
          followingUserId={presence.followingUserId}
          onFollow={presence.follow}
          onUnfollow={presence.unfollow}
        />
        {document ? (
          <PublishButton
            editor={editor}
            doc={document.connection.doc}
            propertyId={info.property.id}
            canPublish={!readOnly}
            latestVersion={info.latestVersion?.number ?? null}
          />
        ) : null}
      </header>
      {editor ? (
        <div className="layout-controls">
          <LayoutToolbar editor={editor} readOnly={readOnly} />
          <LayerToggles />
        </div>
      ) : null}
      <div className="layout-body">
        <div className="layout-stage">
          {document ? (
            <LayoutCanvas
              store={document.store}
              readOnly={readOnly}
              label={t('layout.canvasLabel', { property: propertyName })}
              onEditor={setEditor}
              overlay={
                editor ? (
                  <CommentsOverlay
                    editor={editor}
                    doc={document.connection.doc}
                    visible={visible.comments}
                  />
                ) : null
              }
            />
          ) : (
            <LoadingState label={t('layout.loadingDocument')} />
          )}
          {visible.occupancy ? <OccupancyLegend overlay={occupancy} /> : null}
          {document && editor && state?.synced && info.canEdit && !readOnly ? (
            <ImportOffer editor={editor} document={document} propertyId={info.property.id} />
          ) : null}
        </div>
        <SidePanel
          issueCount={issues.length}
          panels={{
            properties: <PropertyPanel editor={editor} readOnly={readOnly} />,
            issues: <IssuesPanel editor={editor} issues={issues} />,
            comments: document ? (
              <CommentsPanel
                editor={editor}
                doc={document.connection.doc}
                user={user}
                canComment={!readOnly}
              />
            ) : null,
            versions: <VersionHistoryPanel propertyId={info.property.id} />,
          }}
        />
      </div>
    </div>
  )
}
