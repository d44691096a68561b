import { describe, expect, it } from 'vitest'
import { plantFromTag } from './flow-types.ts'
import { initialMoveState, moveReducer, type MoveEvent, type MoveState } from './move-flow.ts'
import { plant, plantScan, positionScan, TAG_1, TAG_2 } from './test-refs.ts'

const A = 'MAIN.GROW1.VEG-A.LEFT.R1.C1.P1'
const B = 'MAIN.GROW1.VEG-A.LEFT.R1.C2.P1'

function run(...events: MoveEvent[]): MoveState {
  return events.reduce(moveReducer, initialMoveState)
}

describe('move flow', () => {
  it('goes plant → destination → confirm → submitting → done', () => {
    const steps = [
      { type: 'scan', scan: plantScan(TAG_1, { address: A, positionId: `pos-${A}` }) },
      { type: 'scan', scan: positionScan(B) },
      { type: 'confirm' },
      { type: 'submitted', outcome: { status: 'applied' } },
    ] as const satisfies MoveEvent[]
    const seen = steps.map((_, i) => run(...steps.slice(0, i + 1)).step)
    expect(seen).toEqual(['destination', 'confirm', 'submitting', 'done'])
    const done = run(...steps)
    expect(done.plant?.tag).toBe(TAG_1)
    expect(done.destination?.address).toBe(B)
  })

  it('asks for a plant when a section or batch is scanned first', () => {
    const state = run({ type: 'scan', scan: { kind: 'other', label: 'x' } })
    expect(state.step).toBe('plant')
    expect(state.notice?.key).toBe('move.notice.scanPlant')
  })

  it('takes the plant in a scanned position as the plant to move', () => {
    const state = run({
      type: 'scan',
      scan: {
        kind: 'position',
        position: { id: 'p', address: A, plantTag: TAG_1, checked: true },
        plant: plant(TAG_1),
      },
    })
    expect(state.step).toBe('destination')
    expect(state.plant?.tag).toBe(TAG_1)
  })

  it('[HARV5] takes a harvested plant, saying it moves only between hangers; refuses a destroyed one', () => {
    const harvested = run({ type: 'scan', scan: plantScan(TAG_1, { status: 'HARVESTED' }) })
    expect(harvested.step).toBe('destination')
    expect(harvested.notice).toMatchObject({ key: 'move.notice.hangersOnly', tone: 'info' })
    const destroyed = run({ type: 'scan', scan: plantScan(TAG_1, { status: 'DESTROYED' }) })
    expect(destroyed.step).toBe('plant')
    expect(destroyed.notice?.key).toBe('move.notice.notActive')
  })

  it('refuses the position the plant is already in, and an occupied one', () => {
    const here = run(
      { type: 'scan', scan: plantScan(TAG_1, { address: A, positionId: `pos-${A}` }) },
      { type: 'scan', scan: positionScan(A) },
    )
    expect(here.step).toBe('destination')
    expect(here.notice?.key).toBe('move.notice.alreadyThere')
    const taken = moveReducer(here, { type: 'scan', scan: positionScan(B, { plantTag: TAG_2 }) })
    expect(taken.step).toBe('destination')
    expect(taken.notice).toMatchObject({ key: 'move.notice.occupied', values: { tag: TAG_2 } })
  })

  it('accepts an unchecked plant and destination made offline', () => {
    const state = run(
      { type: 'scan', scan: { kind: 'plant', plant: plantFromTag(TAG_1) } },
      {
        type: 'scan',
        scan: {
          kind: 'position',
          position: { id: 'x', address: null, plantTag: null, checked: false },
          plant: null,
        },
      },
    )
    expect(state.step).toBe('confirm')
  })

  it('a second plant scan replaces the first', () => {
    const state = run(
      { type: 'scan', scan: plantScan(TAG_1) },
      { type: 'scan', scan: plantScan(TAG_2) },
    )
    expect(state.plant?.tag).toBe(TAG_2)
    expect(state.step).toBe('destination')
  })

  it('a conflict returns to confirm with the message; scans are ignored while sending', () => {
    const sending = run(
      { type: 'scan', scan: plantScan(TAG_1) },
      { type: 'scan', scan: positionScan(B) },
      { type: 'confirm' },
    )
    expect(moveReducer(sending, { type: 'scan', scan: plantScan(TAG_2) })).toBe(sending)
    const refused = moveReducer(sending, {
      type: 'submitted',
      outcome: { status: 'conflict', message: 'That position already holds a plant.' },
    })
    expect(refused.step).toBe('confirm')
    expect(refused.outcome).toMatchObject({ status: 'conflict' })
  })

  it('confirm does nothing before both scans; back steps back; the reason is kept on reset', () => {
    expect(run({ type: 'confirm' }).step).toBe('plant')
    const state = run(
      { type: 'setReason', reason: 'REORGANIZE' },
      { type: 'scan', scan: plantScan(TAG_1) },
      { type: 'scan', scan: positionScan(B) },
      { type: 'back' },
    )
    expect(state.step).toBe('destination')
    expect(state.destination).toBeNull()
    expect(moveReducer(state, { type: 'reset' }).reason).toBe('REORGANIZE')
  })

  it('after a move, scanning a plant starts the next move', () => {
    const done = run(
      { type: 'scan', scan: plantScan(TAG_1) },
      { type: 'scan', scan: positionScan(B) },
      { type: 'confirm' },
      { type: 'submitted', outcome: { status: 'queued' } },
    )
    expect(done.step).toBe('done')
    const next = moveReducer(done, { type: 'scan', scan: plantScan(TAG_2) })
    expect(next).toMatchObject({ step: 'destination', outcome: null, destination: null })
  })
})
