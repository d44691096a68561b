import { Alert, LoadingState } from '@growops/ui'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { readApiError, translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { VisitorBadge } from '../visitors/components/visitor-badge.tsx'
import { KioskCheckInForm, type KioskBadge } from './components/kiosk-check-in-form.tsx'
import { KioskCheckOut } from './components/kiosk-check-out.tsx'
import {
  forgetKioskToken,
  readKioskToken,
  storeKioskToken,
  tokenFromSearch,
} from './kiosk-token.ts'
import '../../styles/live.css'
import '../visitors/visitors.css'
import './kiosk.css'

type Screen =
  | { kind: 'home' }
  | { kind: 'checkIn' }
  | { kind: 'checkOut' }
  | { kind: 'badge'; badge: KioskBadge }

/** The session is renewed this often, so a revoked kiosk stops within minutes. */
const SESSION_REFRESH_MS = 5 * 60_000

function LanguageButtons() {
  const { t, i18n } = useTranslation()
  return (
    <div className="kiosk-languages" role="group" aria-label={t('common.language')}>
      {(['en', 'es'] as const).map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="ui-button ui-button--secondary"
          aria-pressed={i18n.language === locale}
          onClick={() => void i18n.changeLanguage(locale)}
        >
          {t(`common.languages.${locale}`)}
        </button>
      ))}
    </div>
  )
}

function NotSetUp({ reason }: { reason: string | null }) {
  const { t } = useTranslation()
  return (
    <div className="kiosk-panel">
      <h1>{t('kiosk.notSetUp.heading')}</h1>
      <p className="kiosk-lead">{t('kiosk.notSetUp.body')}</p>
      <Alert>{reason}</Alert>
    </div>
  )
}

/**
 * `/kiosk`: the lobby tablet, outside the app shell and without a member's session. A manager
 * opens `/kiosk?token=…` once; the token stays on the device. Visitors check in (then print their
 * badge) or check out by showing the badge to the camera.
 */
export function KioskPage() {
  const { t, i18n } = useTranslation()
  const location = useLocation()
  const navigate = useNavigate()
  const [token, setToken] = useState<string | null>(
    () => tokenFromSearch(location.search) ?? readKioskToken(),
  )
  const [screen, setScreen] = useState<Screen>({ kind: 'home' })
  const session = trpc.kiosk.session.useMutation({
    onError: (error) => {
      if (readApiError(error).messageKey === 'errors.KIOSK.INVALID_TOKEN') {
        forgetKioskToken()
        setToken(null)
      }
    },
  })
  const { mutate } = session
  const locale = i18n.language === 'es' ? 'es' : 'en'
  useDocumentTitle(t('kiosk.pageTitle'))

  // A link's token is kept on the device and dropped from the address (and history).
  useEffect(() => {
    const fromLink = tokenFromSearch(location.search)
    if (fromLink === null) return
    storeKioskToken(fromLink)
    void navigate('/kiosk', { replace: true })
  }, [location.search, navigate])

  useEffect(() => {
    if (token === null) return
    mutate({ token, locale })
    const timer = window.setInterval(() => mutate({ token, locale }), SESSION_REFRESH_MS)
    return () => window.clearInterval(timer)
  }, [token, locale, mutate])

  let body
  if (token === null) {
    body = <NotSetUp reason={session.isError ? translateApiError(i18n, session.error) : null} />
  } else if (!session.data) {
    body = session.isError ? (
      <div className="kiosk-panel">
        <Alert>{translateApiError(i18n, session.error)}</Alert>
        <button
          type="button"
          className="ui-button ui-button--primary kiosk-big"
          onClick={() => mutate({ token, locale })}
        >
          {t('kiosk.retry')}
        </button>
      </div>
    ) : (
      <LoadingState label={t('kiosk.loading')} />
    )
  } else if (screen.kind === 'checkIn') {
    body = (
      <div className="kiosk-panel">
        <h1>{t('kiosk.checkIn.heading')}</h1>
        <KioskCheckInForm
          token={token}
          session={session.data}
          onCheckedIn={(badge) => setScreen({ kind: 'badge', badge })}
          onCancel={() => setScreen({ kind: 'home' })}
        />
      </div>
    )
  } else if (screen.kind === 'badge') {
    const badge = screen.badge
    body = (
      <div className="kiosk-panel">
        <h1 className="kiosk-print-hide">
          {t('kiosk.badge.heading', { name: badge.visitorName })}
        </h1>
        <p className="kiosk-lead kiosk-print-hide">
          {t('kiosk.badge.lead', { host: badge.host.name })}
        </p>
        <VisitorBadge
          badge={{
            visitorName: badge.visitorName,
            company: badge.company,
            hostName: badge.host.name,
            date: badge.checkedInAt,
            zones: badge.zones,
            badgeCode: badge.badgeCode,
            badgeLabel: badge.badgeLabel,
          }}
        />
        <div className="kiosk-actions kiosk-print-hide">
          <button
            type="button"
            className="ui-button ui-button--primary kiosk-big"
            onClick={() => window.print()}
          >
            {t('kiosk.badge.print')}
          </button>
          <button
            type="button"
            className="ui-button ui-button--secondary kiosk-big"
            onClick={() => setScreen({ kind: 'home' })}
          >
            {t('kiosk.badge.done')}
          </button>
        </div>
      </div>
    )
  } else if (screen.kind === 'checkOut') {
    body = (
      <div className="kiosk-panel">
        <h1>{t('kiosk.checkOut.heading')}</h1>
        <KioskCheckOut token={token} onCancel={() => setScreen({ kind: 'home' })} />
      </div>
    )
  } else {
    body = (
      <div className="kiosk-panel kiosk-home">
        <h1>{t('kiosk.welcome', { property: session.data.property.name })}</h1>
        <p className="kiosk-lead">{t('kiosk.lead')}</p>
        <div className="kiosk-choices-big">
          <button
            type="button"
            className="ui-button ui-button--primary kiosk-huge"
            onClick={() => setScreen({ kind: 'checkIn' })}
          >
            {t('kiosk.startCheckIn')}
          </button>
          <button
            type="button"
            className="ui-button ui-button--secondary kiosk-huge"
            onClick={() => setScreen({ kind: 'checkOut' })}
          >
            {t('kiosk.startCheckOut')}
          </button>
        </div>
      </div>
    )
  }

  return (
    <div className="kiosk">
      <header className="kiosk-header kiosk-print-hide">
        <p className="kiosk-header__name">
          {session.data
            ? `${session.data.property.name} · ${session.data.kiosk.name}`
            : t('kiosk.title')}
        </p>
        <LanguageButtons />
      </header>
      <main id="main" className="kiosk-main">
        {body}
      </main>
    </div>
  )
}
