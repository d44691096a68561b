import { describe, expect, it } from 'vitest'
import { auditReducer, initialAuditState, type AuditEvent } from './audit-flow.ts'
import { plantScan, positionScan, TAG_1, TAG_2 } from './test-refs.ts'

const P1 = 'MAIN.GROW1.VEG-A.LEFT.R1.C1.P1'
const P2 = 'MAIN.GROW1.VEG-A.LEFT.R1.C2.P1'

function run(...events: AuditEvent[]) {
  return events.reduce(auditReducer, initialAuditState)
}

describe('audit walk flow', () => {
  it('needs a started walk', () => {
    expect(run({ type: 'scan', scan: positionScan(P1), text: P1 }).notice?.key).toBe(
      'audit.notice.pickRoom',
    )
  })

  it('records positions and the plants found at them, in any order', () => {
    const state = run(
      { type: 'started', walkId: 'w1' },
      { type: 'scan', scan: positionScan(P2), text: P2 },
      { type: 'scan', scan: plantScan(TAG_2), text: TAG_2 },
      { type: 'scan', scan: positionScan(P1), text: P1 },
    )
    expect(state.log.map((e) => [e.kind, e.text])).toEqual([
      ['position', P1],
      ['plant', TAG_2],
      ['position', P2],
    ])
    expect(state.atPosition?.address).toBe(P1)
  })

  it('a plant needs a position scanned before it; "empty" closes the position', () => {
    const first = run(
      { type: 'started', walkId: 'w1' },
      { type: 'scan', scan: plantScan(TAG_1), text: TAG_1 },
    )
    expect(first.log).toEqual([])
    expect(first.notice?.key).toBe('audit.notice.scanPositionFirst')
    const empty = run(
      { type: 'started', walkId: 'w1' },
      { type: 'scan', scan: positionScan(P1), text: P1 },
      { type: 'markEmpty' },
      { type: 'scan', scan: plantScan(TAG_1), text: TAG_1 },
    )
    expect(empty.notice?.key).toBe('audit.notice.scanPositionFirst')
    expect(empty.log).toHaveLength(1)
  })

  it('tracks how each scan was sent; a refused latest position is not waited on', () => {
    const state = run(
      { type: 'started', walkId: 'w1' },
      { type: 'scan', scan: positionScan(P1), text: P1 },
    )
    const key = state.log[0]?.key ?? -1
    const refused = auditReducer(auditReducer(state, { type: 'sending', key }), {
      type: 'submitted',
      key,
      outcome: { status: 'conflict', message: 'other room' },
    })
    expect(refused.log[0]).toMatchObject({ status: 'conflict', message: 'other room' })
    expect(refused.atPosition).toBeNull()
    const queued = auditReducer(state, { type: 'submitted', key, outcome: { status: 'queued' } })
    expect(queued.log[0]?.status).toBe('queued')
    expect(queued.atPosition?.address).toBe(P1)
  })
})
