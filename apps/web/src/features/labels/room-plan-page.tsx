import { Alert, LoadingState } from '@growops/ui'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { roomPlan, type PlanSection } from './plan-geometry.ts'
import { renderQrSvgs } from './qr-svg.ts'
import './labels.css'

function SectionDrawing({ section }: { section: PlanSection }) {
  const { rect, rows, columns, cellWidth, cellHeight } = section
  const fontSize = Math.max(0.4, Math.min(1.2, cellHeight * 0.4, cellWidth * 0.4))
  return (
    <g>
      {Array.from({ length: rows }, (_, row) =>
        Array.from({ length: columns }, (_, column) => (
          <rect
            key={`${row}:${column}`}
            x={rect.x + column * cellWidth}
            y={rect.y + row * cellHeight}
            width={cellWidth}
            height={cellHeight}
            fill="none"
            stroke="currentColor"
            strokeWidth={0.04}
          />
        )),
      )}
      <rect {...rect} fill="none" stroke="currentColor" strokeWidth={0.12} />
      <text x={rect.x} y={rect.y - 0.5} fontSize={1.4} fontWeight={700} fill="currentColor">
        {section.code}
      </text>
      {Array.from({ length: rows }, (_, row) => (
        <text
          key={`r${row}`}
          x={rect.x - 0.3}
          y={rect.y + (row + 0.5) * cellHeight}
          fontSize={fontSize}
          textAnchor="end"
          dominantBaseline="middle"
          fill="currentColor"
        >
          {row + 1}
        </text>
      ))}
      {Array.from({ length: columns }, (_, column) => (
        <text
          key={`c${column}`}
          x={rect.x + (column + 0.5) * cellWidth}
          y={rect.y + rect.height + fontSize + 0.2}
          fontSize={fontSize}
          textAnchor="middle"
          fill="currentColor"
        >
          {column + 1}
        </text>
      ))}
    </g>
  )
}

/** /rooms/:roomId/plan — a printable floor plan of the room's sections and grids. */
export function RoomPlanPage() {
  const { t, i18n } = useTranslation()
  const { roomId = '' } = useParams()
  const { organizationId } = useActiveOrganization()
  const query = trpc.label.forRoom.useQuery({ organizationId, roomId }, { retry: false })
  const [qrSvg, setQrSvg] = useState<string | null>(null)
  const data = query.data
  useDocumentTitle(
    data ? t('labels.plan.pageTitle', { code: data.room.code }) : t('labels.plan.heading'),
  )
  const plan = useMemo(() => (data ? roomPlan(data.sections, data.room.rect) : null), [data])
  useEffect(() => {
    if (!data) return
    let cancelled = false
    renderQrSvgs([data.room.payload]).then(
      (svgs) => {
        if (!cancelled) setQrSvg(svgs.get(data.room.payload) ?? null)
      },
      () => undefined,
    )
    return () => {
      cancelled = true
    }
  }, [data])

  if (query.isPending) return <LoadingState label={t('labels.plan.loading')} />
  if (query.isError || !data || !plan) {
    return (
      <div className="page stack">
        <h1>{t('labels.plan.heading')}</h1>
        {query.error ? <Alert>{translateApiError(i18n, query.error)}</Alert> : null}
        <p>
          <Link to="/facility">{t('rooms.backToFacility')}</Link>
        </p>
      </div>
    )
  }
  const { viewBox } = plan
  return (
    <div className="page stack print-area">
      <div className="print-hide stack">
        <p>
          <Link to={`/rooms/${data.room.id}`}>{t('labels.plan.backToRoom')}</Link>
        </p>
        <div>
          <button type="button" className="ui-button" onClick={() => window.print()}>
            {t('labels.plan.print')}
          </button>
        </div>
      </div>
      <div className="room-plan stack">
        <div style={{ display: 'flex', gap: '1rem', alignItems: 'center' }}>
          {qrSvg ? (
            <div
              role="img"
              aria-label={t('labels.preview.qrFor', { code: data.room.address })}
              style={{ width: '25mm', height: '25mm', flex: 'none' }}
              // Drawn in this browser from the api's payload, never user HTML.
              dangerouslySetInnerHTML={{ __html: qrSvg }}
            />
          ) : null}
          <div>
            <h1>{t('labels.plan.title', { code: data.room.address, name: data.room.name })}</h1>
            <p>
              {plan.toScale
                ? t('labels.plan.toScale', {
                    width: Math.round(plan.outline?.width ?? viewBox.width),
                    height: Math.round(plan.outline?.height ?? viewBox.height),
                  })
                : t('labels.plan.notToScale')}
            </p>
          </div>
        </div>
        <svg
          viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`}
          role="img"
          aria-label={t('labels.plan.drawing', {
            name: data.room.name,
            count: data.sections.length,
          })}
        >
          {plan.outline ? (
            <rect {...plan.outline} fill="none" stroke="currentColor" strokeWidth={0.25} />
          ) : null}
          {plan.sections.map((section) => (
            <SectionDrawing key={section.id} section={section} />
          ))}
        </svg>
        <ul>
          {data.sections.map((section) => (
            <li key={section.id}>
              {t('labels.plan.sectionLine', {
                address: section.address,
                name: section.name,
                rows: section.rowCount,
                columns: section.columnCount,
              })}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
