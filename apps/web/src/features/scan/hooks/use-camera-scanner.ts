// The rear camera decoding QR codes with @zxing/browser, loaded only when the camera starts so
// the /scan page opens fast. Stops the camera (and the torch) when the page is left.
import type { IScannerControls } from '@zxing/browser'
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import { CameraSession } from './camera-session.ts'

export type CameraStatus = 'off' | 'starting' | 'on' | 'denied' | 'unavailable' | 'error'

export interface CameraScanner {
  videoRef: RefObject<HTMLVideoElement | null>
  status: CameraStatus
  torchSupported: boolean
  torchOn: boolean
  start: () => Promise<void>
  stop: () => void
  toggleTorch: () => Promise<void>
}

function statusForError(error: unknown): CameraStatus {
  const name = error instanceof Error ? error.name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied'
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') {
    return 'unavailable'
  }
  return 'error'
}

/** `onDecode` gets every decoded text (the caller de-duplicates). */
export function useCameraScanner(onDecode: (text: string) => void): CameraScanner {
  const videoRef = useRef<HTMLVideoElement | null>(null)
  const onDecodeRef = useRef(onDecode)
  const [status, setStatus] = useState<CameraStatus>('off')
  const [torchSupported, setTorchSupported] = useState(false)
  const [torchOn, setTorchOn] = useState(false)

  useEffect(() => {
    onDecodeRef.current = onDecode
  })

  // One per scanner for as long as the page shows it (see camera-session.ts).
  const [session] = useState(() => new CameraSession<IScannerControls>())

  const stop = useCallback(() => {
    session.release()
    setStatus('off')
    setTorchSupported(false)
    setTorchOn(false)
  }, [session])

  const start = useCallback(async () => {
    if (session.active) return
    if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
      setStatus('unavailable')
      return
    }
    const opening = session.start(async () => {
      const { BrowserQRCodeReader } = await import('@zxing/browser')
      const reader = new BrowserQRCodeReader(undefined, {
        delayBetweenScanAttempts: 100,
        delayBetweenScanSuccess: 250,
      })
      return reader.decodeFromConstraints(
        { audio: false, video: { facingMode: { ideal: 'environment' } } },
        videoRef.current ?? undefined,
        (result) => {
          if (result) onDecodeRef.current(result.getText())
        },
      )
    })
    setStatus((current) => (current === 'on' ? current : 'starting'))
    const started = await opening
    if (started.outcome === 'started') {
      setTorchSupported(typeof started.controls.switchTorch === 'function')
      setStatus('on')
    } else if (started.outcome === 'failed') {
      setStatus(statusForError(started.error))
    }
  }, [session])

  const toggleTorch = useCallback(async () => {
    const controls = session.active
    if (!controls?.switchTorch) return
    const next = !torchOn
    try {
      await controls.switchTorch(next)
      setTorchOn(next)
    } catch {
      setTorchSupported(false)
    }
  }, [session, torchOn])

  // Leaving the page (or the tab going to the background) releases the camera.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') stop()
    }
    document.addEventListener('visibilitychange', onHidden)
    return () => {
      document.removeEventListener('visibilitychange', onHidden)
      session.release()
    }
  }, [session, stop])

  return { videoRef, status, torchSupported, torchOn, start, stop, toggleTorch }
}
