import { encodeQrPayload } from '@growops/domain'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { renderQrSvgs } from '../../labels/qr-svg.ts'
import { formatDate } from '../visit-format.ts'

export interface BadgeContent {
  visitorName: string
  company: string | null
  hostName: string
  /** When the visitor checked in (the badge's date). */
  date: string
  zones: readonly { id: string; name: string }[]
  badgeCode: string
  badgeLabel: string
}

/** The badge's QR payload: `<origin>/q/1/v/<badge code>` (QR8). */
export function badgePayload(badgeCode: string, origin: string): string {
  return encodeQrPayload({ kind: 'v', badgeCode }, origin)
}

/**
 * A printable visitor badge: name, company, host, date, zones and the QR code that checks the
 * visitor out. The QR is drawn locally with `qrcode` (loaded on first use).
 */
export function VisitorBadge({ badge }: { badge: BadgeContent }) {
  const { t, i18n } = useTranslation()
  const [svg, setSvg] = useState<string | null>(null)
  const payload = badgePayload(badge.badgeCode, window.location.origin)
  useEffect(() => {
    let live = true
    renderQrSvgs([payload]).then(
      (svgs) => {
        if (live) setSvg(svgs.get(payload) ?? null)
      },
      () => {
        if (live) setSvg(null)
      },
    )
    return () => {
      live = false
    }
  }, [payload])
  return (
    <article
      className="visitor-badge print-area"
      aria-label={t('visitors.badge.label', { name: badge.visitorName })}
    >
      <p className="visitor-badge__kind">{t('visitors.badge.visitor')}</p>
      <p className="visitor-badge__name">{badge.visitorName}</p>
      {badge.company ? <p className="visitor-badge__company">{badge.company}</p> : null}
      <dl className="visitor-badge__facts">
        <div>
          <dt>{t('visitors.badge.host')}</dt>
          <dd>{badge.hostName}</dd>
        </div>
        <div>
          <dt>{t('visitors.badge.date')}</dt>
          <dd>{formatDate(badge.date, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('visitors.badge.zones')}</dt>
          <dd>{badge.zones.map((zone) => zone.name).join(', ') || t('visitors.badge.noZones')}</dd>
        </div>
      </dl>
      <div className="visitor-badge__qr">
        {svg ? (
          // The SVG is drawn here by `qrcode` from our own payload, never from user input.
          <div
            className="visitor-badge__qr-image"
            role="img"
            aria-label={t('visitors.badge.qr', { code: badge.badgeLabel })}
            dangerouslySetInnerHTML={{ __html: svg }}
          />
        ) : (
          <div className="visitor-badge__qr-image" aria-hidden="true" />
        )}
        <p className="visitor-badge__code">{badge.badgeLabel}</p>
      </div>
    </article>
  )
}
