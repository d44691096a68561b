// The rear camera decoding QR codes with @zxing/browser, loaded only when the camera starts so
// the /scan page opens fast. Stops the camera (and the torch) when the page is left.
import type { IScannerControls } from '@zxing/browser'
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'

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
  const controlsRef = useRef<IScannerControls | null>(null)
  const onDecodeRef = useRef(onDecode)
  const [status, setStatus] = useState<CameraStatus>('off')
  const [torchSupported, setTorchSupported] = useState(false)
  const [torchOn, setTorchOn] = useState(false)

  useEffect(() => {
    onDecodeRef.current = onDecode
  })

  const stop = useCallback(() => {
    controlsRef.current?.stop()
    controlsRef.current = null
    setStatus('off')
    setTorchSupported(false)
    setTorchOn(false)
  }, [])

  const start = useCallback(async () => {
    if (controlsRef.current) return
    if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
      setStatus('unavailable')
      return
    }
    setStatus('starting')
    try {
      const { BrowserQRCodeReader } = await import('@zxing/browser')
      const reader = new BrowserQRCodeReader(undefined, {
        delayBetweenScanAttempts: 100,
        delayBetweenScanSuccess: 250,
      })
      const video = videoRef.current ?? undefined
      const controls = await reader.decodeFromConstraints(
        { audio: false, video: { facingMode: { ideal: 'environment' } } },
        video,
        (result) => {
          if (result) onDecodeRef.current(result.getText())
        },
      )
      controlsRef.current = controls
      setTorchSupported(typeof controls.switchTorch === 'function')
      setStatus('on')
    } catch (error) {
      controlsRef.current = null
      setStatus(statusForError(error))
    }
  }, [])

  const toggleTorch = useCallback(async () => {
    const controls = controlsRef.current
    if (!controls?.switchTorch) return
    const next = !torchOn
    try {
      await controls.switchTorch(next)
      setTorchOn(next)
    } catch {
      setTorchSupported(false)
    }
  }, [torchOn])

  // Leaving the page (or the tab going to the background) releases the camera.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') stop()
    }
    document.addEventListener('visibilitychange', onHidden)
    return () => {
      document.removeEventListener('visibilitychange', onHidden)
      controlsRef.current?.stop()
      controlsRef.current = null
    }
  }, [stop])

  return { videoRef, status, torchSupported, torchOn, start, stop, toggleTorch }
}
