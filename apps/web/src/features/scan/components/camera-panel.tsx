import { useTranslation } from 'react-i18next'
import type { RefObject } from 'react'
import type { CameraScanner } from '../hooks/use-camera-scanner.ts'

export interface CameraPanelProps {
  videoRef: RefObject<HTMLVideoElement | null>
  camera: Omit<CameraScanner, 'videoRef'>
}

/** The camera view with start/stop and, where the camera has one, the torch. */
export function CameraPanel({ videoRef, camera }: CameraPanelProps) {
  const { t } = useTranslation()
  const running = camera.status === 'on' || camera.status === 'starting'
  const problem =
    camera.status === 'denied' || camera.status === 'unavailable' || camera.status === 'error'
      ? t(`scan.camera.problem.${camera.status}`)
      : null
  return (
    <div className="scan-camera">
      <div className={`scan-camera__frame${running ? ' scan-camera__frame--on' : ''}`}>
        {/* Decorative preview: what was read is announced by the feedback region. */}
        <video ref={videoRef} className="scan-camera__video" muted playsInline aria-hidden="true" />
        {running ? null : <p className="scan-camera__idle">{t('scan.camera.idle')}</p>}
      </div>
      <div className="scan-camera__actions">
        {running ? (
          <button
            type="button"
            className="ui-button ui-button--secondary scan-big"
            onClick={camera.stop}
          >
            {t('scan.camera.stop')}
          </button>
        ) : (
          <button
            type="button"
            className="ui-button ui-button--primary scan-big"
            onClick={() => void camera.start()}
          >
            {t('scan.camera.start')}
          </button>
        )}
        {camera.torchSupported ? (
          <button
            type="button"
            className="ui-button ui-button--secondary scan-big"
            aria-pressed={camera.torchOn}
            onClick={() => void camera.toggleTorch()}
          >
            {t('scan.camera.torch')}
          </button>
        ) : null}
      </div>
      {camera.status === 'starting' ? <p className="muted">{t('scan.camera.starting')}</p> : null}
      {problem ? <p className="scan-camera__problem">{problem}</p> : null}
    </div>
  )
}
