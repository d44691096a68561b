// A short beep and a buzz when a code is read, so the person can look at the plant, not the
// screen. The audio context is made on the first read (after a tap started the camera or sent
// a typed code, so browsers allow sound); both fail silently where unsupported.

let audio: AudioContext | null = null

function beep(tone: 'ok' | 'error'): void {
  if (typeof window === 'undefined' || typeof window.AudioContext !== 'function') return
  try {
    audio ??= new window.AudioContext()
    const oscillator = audio.createOscillator()
    const gain = audio.createGain()
    oscillator.type = 'sine'
    oscillator.frequency.value = tone === 'ok' ? 1320 : 330
    gain.gain.setValueAtTime(0.15, audio.currentTime)
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.12)
    oscillator.connect(gain).connect(audio.destination)
    oscillator.start()
    oscillator.stop(audio.currentTime + 0.12)
  } catch {
    // No sound (autoplay policy, no output device): the screen and the live region still say it.
  }
}

/** Sound and vibration for a read code; `error` is lower and longer. */
export function signalScan(tone: 'ok' | 'error'): void {
  beep(tone)
  if (typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function') {
    navigator.vibrate(tone === 'ok' ? 60 : [80, 60, 80])
  }
}
