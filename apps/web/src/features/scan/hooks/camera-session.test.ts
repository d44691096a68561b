import { describe, expect, it } from 'vitest'
import { CameraSession } from './camera-session.ts'

function fakeCamera() {
  const opened: { stopped: boolean; stop: () => void }[] = []
  const pending: (() => void)[] = []
  const open = () =>
    new Promise<(typeof opened)[number]>((resolve) => {
      const controls = {
        stopped: false,
        stop() {
          this.stopped = true
        },
      }
      opened.push(controls)
      pending.push(() => resolve(controls))
    })
  /** The camera answers the oldest open request. */
  const answer = () => pending.shift()?.()
  return { opened, open, answer }
}

describe('CameraSession', () => {
  it('opens one stream when start is pressed again while the camera is starting', async () => {
    const camera = fakeCamera()
    const session = new CameraSession<(typeof camera.opened)[number]>()
    const first = session.start(camera.open)
    const second = await session.start(camera.open)
    expect(second).toEqual({ outcome: 'busy' })
    camera.answer()
    expect((await first).outcome).toBe('started')
    expect(camera.opened).toHaveLength(1)
    expect(await session.start(camera.open)).toEqual({ outcome: 'busy' })
  })

  it('releases a stream that arrives after the camera was stopped', async () => {
    const camera = fakeCamera()
    const session = new CameraSession<(typeof camera.opened)[number]>()
    const starting = session.start(camera.open)
    session.release()
    camera.answer()
    expect(await starting).toEqual({ outcome: 'superseded' })
    expect(camera.opened[0]!.stopped).toBe(true)
    expect(session.active).toBeNull()
  })

  it('stops the running stream and can start again', async () => {
    const camera = fakeCamera()
    const session = new CameraSession<(typeof camera.opened)[number]>()
    const first = session.start(camera.open)
    camera.answer()
    await first
    session.release()
    expect(camera.opened[0]!.stopped).toBe(true)
    const again = session.start(camera.open)
    camera.answer()
    expect((await again).outcome).toBe('started')
    expect(session.active).toBe(camera.opened[1])
  })

  it('reports a failure to open, unless the session already ended', async () => {
    const session = new CameraSession<{ stop: () => void }>()
    const denied = new Error('denied')
    expect(await session.start(() => Promise.reject(denied))).toEqual({
      outcome: 'failed',
      error: denied,
    })
    let reject: (error: unknown) => void = () => {}
    const late = session.start(() => new Promise((_, fail) => (reject = fail)))
    session.release()
    reject(denied)
    expect(await late).toEqual({ outcome: 'superseded' })
  })
})
