import { describe, expect, it } from 'vitest'
import { layoutDocumentName, parseLayoutDocumentName } from './document-name.ts'

const id = '0b7c6f3e-2f1a-4c1e-9a53-6f0d2b9e8a11'

describe('layout document names', () => {
  it('[DOC1] names a property canvas layout:<propertyId> and reads it back', () => {
    expect(layoutDocumentName(id)).toBe(`layout:${id}`)
    expect(parseLayoutDocumentName(layoutDocumentName(id))).toEqual({ propertyId: id })
  })

  it.each([
    ['', 'empty'],
    [id, 'no prefix'],
    [`layouts:${id}`, 'wrong prefix'],
    ['layout:', 'no id'],
    ['layout:not-a-uuid', 'not a uuid'],
    [`layout:${id}/x`, 'trailing text'],
  ])('[DOC2] refuses %j (%s)', (name) => {
    expect(parseLayoutDocumentName(name)).toBeNull()
  })

  it('[DOC1] refuses to build a name from something that is not a property id', () => {
    expect(() => layoutDocumentName('MAIN')).toThrow()
  })
})
