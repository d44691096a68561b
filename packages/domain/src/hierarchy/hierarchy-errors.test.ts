import { describe, expect, it } from 'vitest'
import { codeTakenError, holdsPlantsError } from './hierarchy-errors.ts'

const tag = (n: number) => `1A40103000000010000000${String(n).padStart(2, '0')}`
const room = { entityType: 'Room' as const, entityId: 'r1', label: 'Room MAIN.GROW1.VEG-A' }

describe('holdsPlantsError', () => {
  it.each([
    [1, 'Room MAIN.GROW1.VEG-A holds 1 plant (TAGS); move, harvest or destroy it before deleting.'],
    [
      3,
      'Room MAIN.GROW1.VEG-A holds 3 plants (TAGS); move, harvest or destroy them before deleting.',
    ],
    [
      10,
      'Room MAIN.GROW1.VEG-A holds 10 plants (TAGS); move, harvest or destroy them before deleting.',
    ],
  ])('[HIER4] names every plant when there are %i', (count, template) => {
    const tags = Array.from({ length: count }, (_, i) => tag(i + 1))
    const error = holdsPlantsError(room, count, tags)
    expect(error.code).toBe('HIERARCHY.HOLDS_PLANTS')
    expect(error.message).toBe(template.replace('TAGS', tags.join(', ')))
    expect(error.details).toEqual({ ...room, plantCount: count, tags, moreCount: 0 })
  })

  it('[HIER4] names the first ten and says how many more, with the full count in details', () => {
    const tags = Array.from({ length: 10 }, (_, i) => tag(i + 1))
    const error = holdsPlantsError(room, 60, [...tags, tag(11)])
    expect(error.message).toContain(`${tags.join(', ')} and 50 more)`)
    expect(error.message).not.toContain(tag(11))
    expect(error.details).toMatchObject({ plantCount: 60, tags, moreCount: 50 })
  })
})

describe('codeTakenError', () => {
  it('[HIER2] names the code and where it is taken', () => {
    const error = codeTakenError('room', 'VEG-A', 'building MAIN.GROW1')
    expect(error.code).toBe('HIERARCHY.CODE_TAKEN')
    expect(error.message).toBe(
      'Room code "VEG-A" is already used in building MAIN.GROW1; choose another code.',
    )
    expect(error.details).toEqual({ level: 'room', code: 'VEG-A', parent: 'building MAIN.GROW1' })
  })

  it('[HIER2] says "in this organization" for properties', () => {
    expect(codeTakenError('property', 'MAIN', null).message).toBe(
      'Property code "MAIN" is already used in this organization; choose another code.',
    )
  })
})
