import { LABEL_SHEET_IDS, LABEL_SHEETS, labelsPerPage } from '@growops/domain'
import { Alert, LoadingState } from '@growops/ui'
import { useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { LabelSheetPreview } from './components/label-sheet-preview.tsx'
import { LabelSourceForm } from './components/label-source-form.tsx'
import { batchLabelItems, plantLabelItems, positionLabelItems } from './label-items.ts'
import { labelRequestParams, readLabelRequest, type LabelRequest } from './label-request.ts'
import { buildPrintPages, type LabelItem } from './print-layout.ts'
import { renderQrSvgs } from './qr-svg.ts'
import './labels.css'

function useLabelItems(request: LabelRequest) {
  const { organizationId } = useActiveOrganization()
  const source = request.source
  const options = { retry: false } as const
  const room = trpc.label.forRoom.useQuery(
    { organizationId, roomId: source?.kind === 'room' ? source.id : '' },
    { ...options, enabled: source?.kind === 'room' },
  )
  const section = trpc.label.forSection.useQuery(
    { organizationId, sectionId: source?.kind === 'section' ? source.id : '' },
    { ...options, enabled: source?.kind === 'section' },
  )
  const batch = trpc.label.forBatch.useQuery(
    { organizationId, batchId: source?.kind === 'batch' ? source.id : '' },
    { ...options, enabled: source?.kind === 'batch' },
  )
  const plants = trpc.label.forPlants.useQuery(
    { organizationId, plantIds: source?.kind === 'plants' ? source.ids : [] },
    { ...options, enabled: source?.kind === 'plants' },
  )
  const query = { room, section, batch, plants }[source?.kind ?? 'room']
  const items = useMemo((): LabelItem[] | null => {
    const withContainers = request.withContainers
    if (source?.kind === 'room' && room.data)
      return positionLabelItems(room.data, { withContainers })
    if (source?.kind === 'section' && section.data)
      return positionLabelItems(section.data, { withContainers })
    if (source?.kind === 'batch' && batch.data) return batchLabelItems(batch.data, withContainers)
    if (source?.kind === 'plants' && plants.data) return plantLabelItems(plants.data)
    return null
  }, [source?.kind, room.data, section.data, batch.data, plants.data, request.withContainers])
  return { query, items }
}

function useQrSvgs(items: LabelItem[] | null) {
  // Drawn codes are kept with the items they were drawn for, so a new list reads as not drawn.
  const [drawn, setDrawn] = useState<{
    for: LabelItem[]
    svgs: Map<string, string> | null
    failed: boolean
  } | null>(null)
  useEffect(() => {
    if (!items) return
    let cancelled = false
    renderQrSvgs(items.map((item) => item.payload)).then(
      (svgs) => {
        if (!cancelled) setDrawn({ for: items, svgs, failed: false })
      },
      () => {
        if (!cancelled) setDrawn({ for: items, svgs: null, failed: true })
      },
    )
    return () => {
      cancelled = true
    }
  }, [items])
  const current = drawn?.for === items ? drawn : null
  return { svgs: current?.svgs ?? null, failed: current?.failed ?? false }
}

/** /labels — choose what and on which stock, preview the pages, print. */
export function LabelsPage() {
  const { t, i18n } = useTranslation()
  const [params, setParams] = useSearchParams()
  const request = readLabelRequest(params)
  const sheet = LABEL_SHEETS[request.sheet]
  const { query, items } = useLabelItems(request)
  const { svgs, failed } = useQrSvgs(items)
  const pages = useMemo(
    () => (items ? buildPrintPages(items, sheet, request.skip) : []),
    [items, sheet, request.skip],
  )
  const sheetId = useId()
  const skipId = useId()
  useDocumentTitle(t('labels.pageTitle'))

  function update(change: Partial<LabelRequest>) {
    setParams(labelRequestParams({ ...request, ...change }), { replace: true })
  }

  let body
  if (!request.source) {
    body = <LabelSourceForm onChoose={(kind, id) => update({ source: { kind, id } })} />
  } else if (query.isError) {
    body = <Alert>{translateApiError(i18n, query.error)}</Alert>
  } else if (!items) {
    body = <LoadingState label={t('labels.loading')} />
  } else {
    body = (
      <>
        <div className="card stack print-hide">
          <div className="labels-controls">
            <div>
              <label htmlFor={sheetId}>{t('labels.sheet.label')}</label>
              <select
                id={sheetId}
                value={request.sheet}
                onChange={(event) => {
                  const next = LABEL_SHEET_IDS.find((id) => id === event.target.value)
                  if (next) update({ sheet: next, skip: 0 })
                }}
              >
                {LABEL_SHEET_IDS.map((id) => (
                  <option key={id} value={id}>
                    {t(`labels.sheet.${id}`)}
                  </option>
                ))}
              </select>
            </div>
            {labelsPerPage(sheet) > 1 ? (
              <div>
                <label htmlFor={skipId}>{t('labels.skip')}</label>
                <input
                  id={skipId}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={labelsPerPage(sheet) - 1}
                  value={request.skip}
                  onChange={(event) => update({ skip: Number(event.target.value) || 0 })}
                />
              </div>
            ) : null}
            {request.source.kind !== 'plants' ? (
              <label className="labels-check">
                <input
                  type="checkbox"
                  checked={request.withContainers}
                  onChange={(event) => update({ withContainers: event.target.checked })}
                />
                {t(`labels.containers.${request.source.kind}`)}
              </label>
            ) : null}
          </div>
          <p role="status">
            {t('labels.count', { count: items.length })} ·{' '}
            {t('labels.pages', { count: pages.length })}
          </p>
          {failed ? <Alert>{t('labels.qrFailed')}</Alert> : null}
          <div className="labels-controls">
            <button
              type="button"
              className="ui-button"
              disabled={svgs === null || items.length === 0}
              onClick={() => window.print()}
            >
              {svgs === null && !failed ? t('labels.drawing') : t('labels.print')}
            </button>
            <button
              type="button"
              className="ui-button ui-button--secondary"
              onClick={() => setParams(new URLSearchParams(), { replace: true })}
            >
              {t('labels.chooseOther')}
            </button>
          </div>
        </div>
        {items.length === 0 ? (
          <p>{t('labels.empty')}</p>
        ) : (
          <LabelSheetPreview sheet={sheet} pages={pages} svgs={svgs} />
        )}
      </>
    )
  }

  return (
    <div className="page stack print-area">
      <div className="print-hide">
        <h1>{t('labels.heading')}</h1>
        <p className="muted">{t('labels.intro')}</p>
      </div>
      {body}
    </div>
  )
}
