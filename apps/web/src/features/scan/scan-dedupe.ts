// A camera sees the same label many times a second while it is held in view: only the first
// read of a code counts, until the code has been out of view for a moment or another code was
// read. Typed entries never go through this (someone who types a code twice means it).

/** How long a code must be out of view before reading it again counts as a new scan. */
export const SCAN_REPEAT_WINDOW_MS = 1500

export interface ScanDeduper {
  /** Whether a read of `text` at `now` (ms) is a new scan; every read refreshes its code's clock. */
  accept: (text: string, now: number) => boolean
  /** Forget the last code, e.g. when the person switches flow and wants to scan it again. */
  reset: () => void
}

/** A de-duplicator for one camera session. */
export function createScanDeduper(windowMs: number = SCAN_REPEAT_WINDOW_MS): ScanDeduper {
  let lastCode: string | null = null
  let lastSeenAt = Number.NEGATIVE_INFINITY
  return {
    accept(text, now) {
      const code = text.trim()
      if (code === '') return false
      const repeat = code === lastCode && now - lastSeenAt < windowMs
      lastCode = code
      lastSeenAt = now
      return !repeat
    },
    reset() {
      lastCode = null
      lastSeenAt = Number.NEGATIVE_INFINITY
    },
  }
}
