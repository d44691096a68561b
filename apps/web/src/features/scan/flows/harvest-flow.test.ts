import { describe, expect, it } from 'vitest'
import {
  harvestReducer,
  harvestWeight,
  initialHarvestState,
  type HarvestEvent,
} from './harvest-flow.ts'
import { plantScan, positionScan, TAG_1, TAG_2 } from './test-refs.ts'
import { parseWeightInput, readUnitChoice } from './weight-input.ts'

const HANGER = 'MAIN.DRY.DRY-A.RACK1.L1.H1.P1'

function run(...events: HarvestEvent[]) {
  return events.reduce(harvestReducer, initialHarvestState('KG'))
}

describe('harvest flow', () => {
  it('plant → weight → submitting → done, keeping the remembered unit', () => {
    const state = run(
      { type: 'scan', scan: plantScan(TAG_1) },
      { type: 'setWeight', weight: '1,25' },
      { type: 'confirm' },
    )
    expect(state.step).toBe('submitting')
    expect(state.unit).toBe('KG')
    expect(harvestWeight(state)).toBe(1.25)
    expect(harvestReducer(state, { type: 'submitted', outcome: { status: 'applied' } }).step).toBe(
      'done',
    )
  })

  it('will not confirm without a positive weight', () => {
    const state = run(
      { type: 'scan', scan: plantScan(TAG_1) },
      { type: 'setWeight', weight: '0' },
      { type: 'confirm' },
    )
    expect(state.step).toBe('weight')
    expect(state.notice?.key).toBe('harvest.notice.weightInvalid')
  })

  it('a position scanned after the plant is its dry-rack hanger; a taken hanger is refused', () => {
    const withHanger = run(
      { type: 'scan', scan: plantScan(TAG_1) },
      { type: 'scan', scan: positionScan(HANGER) },
    )
    expect(withHanger.hanger?.address).toBe(HANGER)
    const taken = run(
      { type: 'scan', scan: plantScan(TAG_1) },
      { type: 'scan', scan: positionScan(HANGER, { plantTag: TAG_2 }) },
    )
    expect(taken.hanger).toBeNull()
    expect(taken.notice?.key).toBe('harvest.notice.hangerTaken')
    expect(harvestReducer(withHanger, { type: 'clearHanger' }).hanger).toBeNull()
  })

  it('refuses a plant that is already harvested', () => {
    const state = run({ type: 'scan', scan: plantScan(TAG_1, { status: 'HARVESTED' }) })
    expect(state.step).toBe('plant')
    expect(state.notice?.key).toBe('harvest.notice.alreadyHarvested')
  })

  it('a conflict returns to the weight step with the message', () => {
    const state = run(
      { type: 'scan', scan: plantScan(TAG_1) },
      { type: 'setWeight', weight: '900' },
      { type: 'confirm' },
      { type: 'submitted', outcome: { status: 'conflict', message: 'already harvested' } },
    )
    expect(state.step).toBe('weight')
    expect(state.weight).toBe('900')
  })
})

describe('weight input', () => {
  it.each([
    ['1250', 1250],
    ['1.5', 1.5],
    ['1,5', 1.5],
    [' 2 ', 2],
    ['0', null],
    ['-3', null],
    ['1.2.3', null],
    ['abc', null],
    ['', null],
  ])('reads %j as %j', (text, expected) => {
    expect(parseWeightInput(text)).toBe(expected)
  })

  it('remembers a known unit and falls back to grams', () => {
    expect(readUnitChoice('LB')).toBe('LB')
    expect(readUnitChoice('stone')).toBe('G')
    expect(readUnitChoice(null)).toBe('G')
  })
})
