import { Alert } from '@growops/ui'
import { useCallback, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { CameraPanel } from '../../scan/components/camera-panel.tsx'
import { useCameraScanner } from '../../scan/hooks/use-camera-scanner.ts'
import '../../../styles/scan.css'

/** The same code read again within this time is the same scan. */
const REPEAT_MS = 4_000

/** Check out by showing the badge's QR code to the camera, or by typing the code under it. */
export function KioskCheckOut({ token, onCancel }: { token: string; onCancel: () => void }) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const [code, setCode] = useState('')
  const last = useRef<{ text: string; at: number } | null>(null)
  const checkOut = trpc.kiosk.checkOut.useMutation()
  const { mutate, isPending } = checkOut

  const send = useCallback(
    (badge: string) => {
      const now = Date.now()
      const previous = last.current
      if (isPending || (previous && previous.text === badge && now - previous.at < REPEAT_MS))
        return
      last.current = { text: badge, at: now }
      mutate({ token, badge })
    },
    [isPending, mutate, token],
  )
  const { videoRef, ...camera } = useCameraScanner(send)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (code.trim() === '') return
    last.current = null
    send(code)
    setCode('')
  }

  return (
    <div className="kiosk-checkout">
      <p className="kiosk-lead">{t('kiosk.checkOut.lead')}</p>
      <CameraPanel videoRef={videoRef} camera={camera} />
      <form className="kiosk-form" onSubmit={submit} noValidate>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={id}>
            {t('kiosk.checkOut.code')}
          </label>
          <p id={`${id}-hint`} className="meta">
            {t('kiosk.checkOut.codeHint')}
          </p>
          <input
            id={id}
            className="ui-field__input kiosk-code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
          />
        </div>
        <div className="kiosk-actions">
          <button type="submit" className="ui-button ui-button--primary kiosk-big">
            {t('kiosk.checkOut.submit')}
          </button>
          <button
            type="button"
            className="ui-button ui-button--secondary kiosk-big"
            onClick={onCancel}
          >
            {t('kiosk.back')}
          </button>
        </div>
      </form>
      <Alert tone="info">
        {checkOut.data
          ? t(
              checkOut.data.alreadyCheckedOut ? 'kiosk.checkOut.already' : 'kiosk.checkOut.goodbye',
              { name: checkOut.data.visitorName },
            )
          : null}
      </Alert>
      <Alert>{checkOut.isError ? translateApiError(i18n, checkOut.error) : null}</Alert>
    </div>
  )
}
