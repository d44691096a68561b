import { LAYOUT_YDOC, recordsFromSnapshot, type LayoutSnapshot } from '@growops/domain'
import { createI18n } from '@growops/ui'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { resources } from '../../../locales/resources.ts'
import {
  blockedFromErrorDetails,
  checkLayoutForPublish,
  isPublishBlocked,
  issueMessage,
  listSample,
} from './publish-model.ts'

const en = createI18n({ resources, lng: 'en', syncDocumentLang: false })
const es = createI18n({ resources, lng: 'es', syncDocumentLang: false })

function table(key: string, code: string, x: number) {
  // 2 × 3 at 24 in: 3 × 2 ft of cells plus a 1 ft margin each side.
  return {
    key,
    code,
    name: code,
    type: 'TABLE' as const,
    rect: { x, y: 10, width: 8, height: 6 },
    rows: 2,
    columns: 3,
    slotsPerPosition: 1,
    spacingInches: 24,
  }
}

function snapshotWith(tables: ReturnType<typeof table>[]): LayoutSnapshot {
  return {
    schemaVersion: 1,
    buildings: [
      {
        key: 'shape:b1',
        code: 'GROW1',
        name: 'Grow 1',
        type: 'CULTIVATION',
        rect: { x: 0, y: 0, width: 100, height: 60 },
        rooms: [
          {
            key: 'shape:r1',
            code: 'VEG-A',
            name: 'Veg A',
            type: 'VEG',
            rect: { x: 5, y: 5, width: 50, height: 40 },
            sections: tables,
            aisles: [],
            doors: [],
            sensors: [],
          },
        ],
      },
    ],
  }
}

function docWith(snapshot: LayoutSnapshot): Y.Doc {
  const doc = new Y.Doc()
  const records = doc.getMap(LAYOUT_YDOC.records)
  for (const record of recordsFromSnapshot(snapshot)) records.set(record.id, record)
  return doc
}

describe('publish model', () => {
  it('reads the snapshot to publish from the Y.Doc records', () => {
    const snapshot = snapshotWith([table('shape:t1', 'T1', 10), table('shape:t2', 'T2', 30)])
    const check = checkLayoutForPublish(docWith(snapshot))
    expect(check.issues).toEqual([])
    expect(check.snapshot?.buildings[0]?.rooms[0]?.sections.map((s) => s.code)).toEqual([
      'T1',
      'T2',
    ])
    expect(check.snapshot?.buildings[0]?.rooms[0]?.code).toBe('VEG-A')
  })

  it('refuses a drawing with duplicate codes and overlapping tables, in words for people', () => {
    const check = checkLayoutForPublish(
      docWith(snapshotWith([table('shape:t1', 'T1', 10), table('shape:t2', 'T1', 12)])),
    )
    expect(check.snapshot).toBeNull()
    const codes = check.issues.map((issue) => issue.code).sort()
    expect(codes).toContain('DUPLICATE_CODE')
    const duplicate = check.issues.find((issue) => issue.code === 'DUPLICATE_CODE')
    if (!duplicate) throw new Error('expected a duplicate code issue')
    expect(issueMessage(en.t, duplicate)).toContain('“T1”')
    expect(issueMessage(es.t, duplicate)).toMatch(/El código «T1»/)
  })

  it('translates the kind and the problem of an invalid code', () => {
    const issue = {
      code: 'INVALID_CODE' as const,
      shapeIds: ['shape:r1'],
      message: 'Room code "veg a" contains a space.',
      params: { kind: 'room', code: 'veg a', problem: 'WHITESPACE' },
    }
    expect(issueMessage(en.t, issue)).toBe('Room code “veg a” contains a space.')
    expect(issueMessage(es.t, issue)).toBe('Sala: el código «veg a» contiene un espacio.')
  })

  it('falls back to the domain’s sentence for an issue code this build does not know', () => {
    const issue = {
      code: 'SOMETHING_NEW' as never,
      shapeIds: [],
      message: 'A new rule says no.',
      params: {},
    }
    expect(issueMessage(en.t, issue)).toBe('A new rule says no.')
  })

  it('blocks a publish while any removal would orphan a plant', () => {
    const diff = {
      positions: { create: 0, readdress: 0, remove: 1, unchanged: 0 },
      created: { buildings: [], rooms: [], sections: [] },
      removed: { buildings: [], rooms: [], sections: ['GROW1.VEG-A.T9'] },
      renamed: [],
      samples: { create: [], readdress: [], remove: ['GROW1.VEG-A.T9.R1.C1'] },
      blocked: [],
      unchanged: false,
    }
    expect(isPublishBlocked(diff)).toBe(false)
    const blocked = {
      ...diff,
      blocked: [
        { address: 'GROW1.VEG-A.T9.R1.C1', plantId: 'p1', plantTag: '1A4FF0100000000000000001' },
      ],
    }
    expect(isPublishBlocked(blocked)).toBe(true)
  })

  it('samples long lists', () => {
    expect(listSample(['a', 'b'], 3)).toBe('a, b')
    expect(listSample(['a', 'b', 'c', 'd'], 3)).toBe('a, b, c, …')
  })
})

describe('blocked plants in a refused publish', () => {
  it('reads them from the error details, and nothing from malformed details', () => {
    const blocked = [{ address: 'A.B.C.R1.C1', plantId: 'p1', plantTag: 'TAG1' }]
    expect(blockedFromErrorDetails({ blocked, count: 1 })).toEqual(blocked)
    expect(blockedFromErrorDetails({ blocked: [{ address: 1 }] })).toEqual([])
    expect(blockedFromErrorDetails({})).toEqual([])
  })
})
