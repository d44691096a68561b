import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { commentPins, anchorPagePoint } from './comment-pins.ts'
import { createThread, listThreads, resolveThread } from './comments-model.ts'

const ana = { userId: 'u-ana', name: 'Ana' }

describe('comment pins', () => {
  const boxes: Record<string, { x: number; y: number; w: number; h: number }> = {
    'shape:room': { x: 100, y: 50, w: 300, h: 200 },
  }
  const boundsOf = (id: string) => boxes[id]

  it('pins a point anchor where it was placed', () => {
    expect(anchorPagePoint({ kind: 'point', x: -5, y: 12 }, boundsOf)).toEqual({ x: -5, y: 12 })
  })

  it('pins a shape anchor to the shape’s top-right corner and follows it', () => {
    const anchor = { kind: 'shape', shapeId: 'shape:room' } as const
    expect(anchorPagePoint(anchor, boundsOf)).toEqual({ x: 400, y: 50 })
    const moved: Record<string, { x: number; y: number; w: number; h: number }> = {
      'shape:room': { x: 0, y: 0, w: 10, h: 10 },
    }
    expect(anchorPagePoint(anchor, (id) => moved[id])).toEqual({ x: 10, y: 0 })
  })

  it('leaves out pins of removed shapes and, unless asked, of resolved threads', () => {
    const doc = new Y.Doc()
    let n = 0
    const env = { newId: () => `id-${++n}`, now: () => new Date(Date.UTC(2025, 0, 1, 0, 0, n)) }
    createThread(doc, { kind: 'shape', shapeId: 'shape:room' }, ana, 'on the room', env)
    createThread(doc, { kind: 'shape', shapeId: 'shape:gone' }, ana, 'on a deleted table', env)
    const point = createThread(doc, { kind: 'point', x: 1, y: 2 }, ana, 'x'.repeat(200), env)
    if (!point.ok) throw new Error('not created')
    resolveThread(doc, point.value.id, ana, env)

    const open = commentPins(listThreads(doc), boundsOf, false)
    expect(open.map((p) => [p.number, p.x, p.y])).toEqual([[1, 400, 50]])
    const all = commentPins(listThreads(doc), boundsOf, true)
    expect(all.map((p) => [p.number, p.resolved])).toEqual([
      [1, false],
      [3, true],
    ])
    expect(all[1]?.text.length).toBe(80)
  })
})
