import { LAYOUT_SHAPE_TYPES, LayoutShapePropsSchemas } from '@growops/domain'
import { describe, expect, it } from 'vitest'
import { buildTemplate, nextCode, type TemplateShape } from './templates.ts'

function ids() {
  let n = 0
  return () => `shape:t${n++}`
}

function inside(room: TemplateShape, s: TemplateShape): boolean {
  const r = room.props as { w: number; h: number }
  const p = s.props as { w: number; h: number }
  return s.x >= 0 && s.y >= 0 && s.x + p.w <= r.w && s.y + p.h <= r.h
}

function overlap(a: TemplateShape, b: TemplateShape): boolean {
  const pa = a.props as { w: number; h: number }
  const pb = b.props as { w: number; h: number }
  return a.x < b.x + pb.w && b.x < a.x + pa.w && a.y < b.y + pb.h && b.y < a.y + pa.h
}

describe('layout templates', () => {
  it('nextCode skips codes already taken', () => {
    expect(nextCode('VEG', new Set())).toBe('VEG-1')
    expect(nextCode('VEG', new Set(['VEG-1', 'VEG-2']))).toBe('VEG-3')
  })

  it.each([
    ['veg', undefined, 2, LAYOUT_SHAPE_TYPES.table, 'VEG'],
    ['flower', 7, 7, LAYOUT_SHAPE_TYPES.table, 'FLOWER'],
    ['dry', undefined, 4, LAYOUT_SHAPE_TYPES.rack, 'DRY'],
  ] as const)(
    '%s room: one room, its sections inside, none overlapping',
    (kind, tables, count, type, roomType) => {
      const shapes = buildTemplate(kind, {
        origin: { x: 100, y: 50 },
        takenRoomCodes: new Set([`${roomType}-1`]),
        tables,
        newId: ids(),
      })
      const [room, ...sections] = shapes
      expect(room).toMatchObject({ type: LAYOUT_SHAPE_TYPES.room, x: 100, y: 50, parentId: null })
      expect(room!.props).toMatchObject({ code: `${roomType}-2`, roomType })
      expect(LayoutShapePropsSchemas.room.safeParse(room!.props).success).toBe(true)
      expect(sections).toHaveLength(count)
      const schema =
        type === LAYOUT_SHAPE_TYPES.rack
          ? LayoutShapePropsSchemas.rack
          : LayoutShapePropsSchemas.table
      for (const s of sections) {
        expect(s.type).toBe(type)
        expect(s.parentId).toBe(room!.id)
        expect(schema.safeParse(s.props).success, JSON.stringify(s.props)).toBe(true)
        expect(inside(room!, s), `${s.id} inside the room`).toBe(true)
      }
      expect(new Set(sections.map((s) => (s.props as { code: string }).code)).size).toBe(count)
      expect(new Set(shapes.map((s) => s.id)).size).toBe(shapes.length)
      for (let i = 0; i < sections.length; i++)
        for (let j = i + 1; j < sections.length; j++)
          expect(overlap(sections[i]!, sections[j]!)).toBe(false)
    },
  )

  it('clamps the number of flower tables', () => {
    const make = (tables: number) =>
      buildTemplate('flower', {
        origin: { x: 0, y: 0 },
        takenRoomCodes: new Set(),
        tables,
        newId: ids(),
      }).length - 1
    expect(make(0)).toBe(1)
    expect(make(500)).toBe(48)
  })
})
