import type { LayoutOccupancy } from '@growops/domain'
import { describe, expect, it } from 'vitest'
import { occupancyViews } from './occupancy-views.ts'

const occupancy: LayoutOccupancy = {
  generatedAt: new Date(0).toISOString(),
  batches: [{ id: 'b1', code: 'B-1', colour: '#123456' }],
  sections: [
    {
      sectionId: 'sec-1',
      key: 'shape:table-a',
      cells: [
        [1, 1, 1, 'O', 0],
        [1, 2, 1, 'E', -1],
        [1, 2, 2, 'R', 0],
      ],
    },
    { sectionId: 'sec-2', key: null, cells: [[2, 3, 1, 'D', -1]] },
    { sectionId: 'sec-unknown', key: 'shape:gone', cells: [[1, 1, 1, 'O', 0]] },
  ],
}

describe('occupancy overlay matching', () => {
  it('matches sections by published key, else by entity id, and colours by batch', () => {
    const views = occupancyViews(occupancy, [
      { id: 'shape:table-a', meta: {} },
      { id: 'shape:imported', meta: { entityId: 'sec-2' } },
    ])
    expect([...views.keys()].sort()).toEqual(['shape:imported', 'shape:table-a'])
    const a = views.get('shape:table-a')!.cells
    expect(a.get('1:1')).toEqual({ status: 'O', colour: '#123456' })
    // Two slots in one cell: the reserved one shows over the empty one.
    expect(a.get('1:2')).toEqual({ status: 'R', colour: '#123456' })
    expect(views.get('shape:imported')!.cells.get('2:3')).toEqual({ status: 'D', colour: null })
  })
})
