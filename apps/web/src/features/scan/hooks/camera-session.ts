// Who owns the camera: at most one stream is opened at a time, and a stream that arrives after
// its session ended (stopped while starting, page left) is released at once. A stream left
// running holds the device: the light stays on, and the next start shares the old stream.

export interface CameraControls {
  stop: () => void
}

export type CameraStartOutcome<C> =
  | { outcome: 'started'; controls: C }
  | { outcome: 'failed'; error: unknown }
  /** Already on or on its way: nothing was opened. */
  | { outcome: 'busy' }
  /** Stopped (or the page was left) before the camera answered: what it gave is released. */
  | { outcome: 'superseded' }

export class CameraSession<C extends CameraControls> {
  private session = 0
  private starting = false
  private controls: C | null = null

  get active(): C | null {
    return this.controls
  }

  async start(open: () => Promise<C>): Promise<CameraStartOutcome<C>> {
    if (this.controls || this.starting) return { outcome: 'busy' }
    const session = ++this.session
    this.starting = true
    let controls: C
    try {
      controls = await open()
    } catch (error) {
      if (session !== this.session) return { outcome: 'superseded' }
      this.starting = false
      return { outcome: 'failed', error }
    }
    if (session !== this.session) {
      controls.stop()
      return { outcome: 'superseded' }
    }
    this.starting = false
    this.controls = controls
    return { outcome: 'started', controls }
  }

  /** Ends the session: stops the camera, and any start still waiting releases what it gets. */
  release(): void {
    this.session += 1
    this.starting = false
    this.controls?.stop()
    this.controls = null
  }
}
