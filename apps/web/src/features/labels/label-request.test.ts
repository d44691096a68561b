import { describe, expect, it } from 'vitest'
import { labelRequestParams, readLabelRequest } from './label-request.ts'

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e'
const ID2 = '1f8fad5b-d9cb-469f-a165-70867728950e'

describe('label request', () => {
  it('reads the source, stock, skip and container choice', () => {
    expect(readLabelRequest(new URLSearchParams(`room=${ID}&sheet=avery-5163&skip=3`))).toEqual({
      source: { kind: 'room', id: ID },
      sheet: 'avery-5163',
      skip: 3,
      withContainers: true,
    })
    expect(
      readLabelRequest(new URLSearchParams(`plants=${ID},nope,${ID2}&containers=0`)),
    ).toMatchObject({
      source: { kind: 'plants', ids: [ID, ID2] },
      withContainers: false,
    })
  })

  it('falls back to defaults for junk and clamps skip to the page', () => {
    expect(readLabelRequest(new URLSearchParams('room=x&sheet=avery-1&skip=-4'))).toEqual({
      source: null,
      sheet: 'avery-5160',
      skip: 0,
      withContainers: true,
    })
    expect(readLabelRequest(new URLSearchParams(`batch=${ID}&sheet=avery-5163&skip=50`)).skip).toBe(
      9,
    )
    expect(
      readLabelRequest(new URLSearchParams(`section=${ID}&sheet=roll-2x1in&skip=5`)).skip,
    ).toBe(0)
  })

  it('round trips through the query string', () => {
    const request = readLabelRequest(
      new URLSearchParams(`section=${ID}&sheet=avery-l7163&skip=2&containers=0`),
    )
    expect(readLabelRequest(labelRequestParams(request))).toEqual(request)
    expect(
      labelRequestParams({
        ...request,
        sheet: 'avery-5160',
        skip: 0,
        withContainers: true,
      }).toString(),
    ).toBe(`section=${ID}`)
  })
})
