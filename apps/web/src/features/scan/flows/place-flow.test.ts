import { describe, expect, it } from 'vitest'
import { followingTag, initialPlaceState, placeReducer, type PlaceEvent } from './place-flow.ts'
import { plantScan, positionScan, TAG_1, TAG_2 } from './test-refs.ts'

const BATCH = { kind: 'batch', batch: { id: 'b1', name: 'B-1' } } as const
const R1 = 'MAIN.GROW1.VEG-A.LEFT.R1.C1.P1'
const R2 = 'MAIN.GROW1.VEG-A.LEFT.R1.C2.P1'

function run(...events: PlaceEvent[]) {
  return events.reduce(placeReducer, initialPlaceState)
}

describe('quick place flow', () => {
  it('batch, first tag, then each position gets the next tag of the roll', () => {
    const state = run(
      { type: 'scan', scan: BATCH },
      { type: 'scan', scan: plantScan(TAG_1) },
      { type: 'scan', scan: positionScan(R1) },
      { type: 'scan', scan: positionScan(R2) },
    )
    expect(state.entries.map((e) => [e.position.address, e.tag, e.status])).toEqual([
      [R2, TAG_2, 'new'],
      [R1, TAG_1, 'new'],
    ])
    expect(state.nextTag).toBe('1A4FF0100000000000000003')
  })

  it('asks for the batch first', () => {
    const state = run({ type: 'scan', scan: positionScan(R1) })
    expect(state.entries).toEqual([])
    expect(state.notice?.key).toBe('place.notice.scanBatch')
  })

  it('a position scanned before any tag waits for the tag', () => {
    const waiting = run({ type: 'scan', scan: BATCH }, { type: 'scan', scan: positionScan(R1) })
    expect(waiting.waiting?.address).toBe(R1)
    expect(waiting.notice?.key).toBe('place.notice.needTag')
    const placed = placeReducer(waiting, { type: 'scan', scan: plantScan(TAG_1) })
    expect(placed.entries[0]).toMatchObject({ tag: TAG_1, position: { address: R1 } })
    expect(placed.waiting).toBeNull()
  })

  it('refuses an occupied position, a position placed already and a tag used already', () => {
    const base = run(
      { type: 'scan', scan: BATCH },
      { type: 'scan', scan: plantScan(TAG_1) },
      { type: 'scan', scan: positionScan(R1) },
    )
    expect(placeReducer(base, { type: 'scan', scan: positionScan(R1) }).notice?.key).toBe(
      'place.notice.alreadyPlaced',
    )
    expect(
      placeReducer(base, { type: 'scan', scan: positionScan(R2, { plantTag: TAG_2 }) }).notice?.key,
    ).toBe('place.notice.occupied')
    expect(placeReducer(base, { type: 'scan', scan: plantScan(TAG_1) }).notice?.key).toBe(
      'place.notice.tagUsed',
    )
  })

  it('records how each placement was sent, and a refused one frees its position', () => {
    const base = run(
      { type: 'scan', scan: BATCH },
      { type: 'scan', scan: plantScan(TAG_1) },
      { type: 'scan', scan: positionScan(R1) },
    )
    const key = base.entries[0]?.key ?? -1
    const sent = placeReducer(placeReducer(base, { type: 'sending', key }), {
      type: 'submitted',
      key,
      outcome: { status: 'conflict', message: 'taken' },
    })
    expect(sent.entries[0]).toMatchObject({ status: 'conflict', message: 'taken' })
    const again = placeReducer(sent, { type: 'scan', scan: positionScan(R1) })
    expect(again.entries[0]).toMatchObject({ status: 'new', position: { address: R1 } })
  })

  it('another batch starts over; a tag without a trailing number asks for the next tag', () => {
    const other = placeReducer(
      run({ type: 'scan', scan: BATCH }, { type: 'scan', scan: plantScan(TAG_1) }),
      {
        type: 'scan',
        scan: { kind: 'batch', batch: { id: 'b2', name: 'B-2' } },
      },
    )
    expect(other.nextTag).toBeNull()
    expect(followingTag('ABCDEFGHIJKLMNOPQRSTUVWX')).toBeNull()
    expect(followingTag('ABCDEFGHIJKLMNOPQRSTUV99')).toBeNull()
    expect(followingTag('ABCDEFGHIJKLMNOPQRSTU099')).toBe('ABCDEFGHIJKLMNOPQRSTU100')
  })
})
