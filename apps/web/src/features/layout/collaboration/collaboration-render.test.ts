// Server-side renders of the collaboration components (no DOM here): what people and
// screen readers get, in both languages.
import { presenceColour, type LayoutDiff } from '@growops/domain'
import { createI18n } from '@growops/ui'
import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { resources } from '../../../locales/resources.ts'
import { CommentsPanel } from './comments-panel.tsx'
import { createThread, resolveThread } from './comments-model.ts'
import { PresenceBar } from './presence-bar.tsx'
import { PublishDiff } from './publish-diff.tsx'
import { VersionStructure } from './version-structure.tsx'

function render(element: ReactElement, lng: 'en' | 'es' = 'en'): string {
  const i18n = createI18n({ resources, lng, syncDocumentLang: false })
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, element))
}

const noop = () => {}

describe('PresenceBar', () => {
  const peers = [
    {
      userId: 'u1',
      name: 'Ana Ruiz',
      colour: presenceColour('u1'),
      readOnly: false,
      clientIds: [1],
    },
    { userId: 'u2', name: 'Ben', colour: presenceColour('u2'), readOnly: true, clientIds: [2] },
  ]

  it('lists each person with a follow toggle and marks view-only people', () => {
    const html = render(
      createElement(PresenceBar, {
        peers,
        followingUserId: 'u1',
        onFollow: noop,
        onUnfollow: noop,
      }),
    )
    expect(html).toContain('2 other people here')
    expect(html).toContain('Following Ana Ruiz')
    // The accessible name starts with the visible initials, then says what the button does.
    const text = html.replace(/<!-- -->/g, '')
    expect(text).toContain(
      '<span>AR</span><span class="ui-visually-hidden"> Follow Ana Ruiz</span>',
    )
    expect(text).toContain(
      '<span>BE</span><span class="ui-visually-hidden"> Follow Ben (view only)</span>',
    )
    expect(html).toContain('Ben (view only)')
    expect(html).toContain('>AR<')
  })

  it('says so when nobody else is here, in Spanish too', () => {
    const props = { peers: [], followingUserId: null, onFollow: noop, onUnfollow: noop }
    expect(render(createElement(PresenceBar, props))).toContain('Only you are here')
    expect(render(createElement(PresenceBar, props), 'es')).toContain('Solo estás tú')
  })
})

describe('CommentsPanel', () => {
  const ana = { userId: 'u1', name: 'Ana' }

  it('shows open threads with their messages; a viewer gets no reply box or resolve button', () => {
    const doc = new Y.Doc()
    createThread(doc, { kind: 'point', x: 100, y: 50 }, ana, 'Add a door here')
    const done = createThread(doc, { kind: 'point', x: 0, y: 0 }, ana, 'Old remark')
    if (done.ok) resolveThread(doc, done.value.id, ana)
    const props = { editor: null, doc, user: { id: 'u2', name: 'Ben' } }

    const viewer = render(createElement(CommentsPanel, { ...props, canComment: false }))
    expect(viewer).toContain('Add a door here')
    expect(viewer).toContain('On the canvas at 10 ft, 5 ft')
    expect(viewer).not.toContain('Old remark')
    expect(viewer).not.toContain('Send reply')
    expect(viewer).not.toContain('>Resolve<')
    expect(viewer).toContain('your role cannot add or resolve them')

    const editor = render(createElement(CommentsPanel, { ...props, canComment: true }))
    expect(editor).toContain('Reply to comment 1')
    expect(editor).toContain('>Resolve<')
  })

  it('tells people how to start when there are no comments', () => {
    const html = render(
      createElement(CommentsPanel, {
        editor: null,
        doc: new Y.Doc(),
        user: { id: 'u1', name: 'Ana' },
        canComment: true,
      }),
      'es',
    )
    expect(html).toContain('Todavía no hay comentarios')
  })
})

describe('PublishDiff', () => {
  const diff: LayoutDiff = {
    positions: { create: 12, readdress: 6, remove: 2, unchanged: 40 },
    created: { buildings: [], rooms: ['GROW1.FLOWER-B'], sections: ['GROW1.FLOWER-B.T1'] },
    removed: { buildings: [], rooms: [], sections: ['GROW1.VEG-A.T9'] },
    renamed: [{ from: 'GROW1.VEG-A.LEFT', to: 'GROW1.VEG-A.WEST' }],
    samples: { create: ['GROW1.FLOWER-B.T1.R1.C1'], readdress: [], remove: [] },
    blocked: [
      { address: 'GROW1.VEG-A.T9.R1.C1', plantId: 'p1', plantTag: '1A4FF0100000000000000001' },
    ],
    unchanged: false,
  }

  it('shows counts, structure changes and the plants that block a removal', () => {
    const html = render(createElement(PublishDiff, { diff }))
    expect(html).toMatch(/To create<\/dt><dd>12</)
    expect(html).toMatch(/To re-address<\/dt><dd>6</)
    expect(html).toContain('New: GROW1.FLOWER-B, GROW1.FLOWER-B.T1')
    expect(html).toContain('GROW1.VEG-A.LEFT → GROW1.VEG-A.WEST')
    expect(html).toContain('1 removal is blocked by a plant')
    expect(html).toContain('1A4FF0100000000000000001')
  })
})

describe('VersionStructure', () => {
  it('lists buildings, rooms and sections with their grid sizes', () => {
    const html = render(
      createElement(VersionStructure, {
        snapshot: {
          schemaVersion: 1,
          buildings: [
            {
              key: 'b',
              code: 'GROW1',
              name: 'Grow 1',
              type: 'CULTIVATION',
              rect: { x: 0, y: 0, width: 10, height: 10 },
              rooms: [
                {
                  key: 'r',
                  code: 'DRY',
                  name: 'Dry',
                  type: 'DRY',
                  rect: { x: 0, y: 0, width: 10, height: 10 },
                  sections: [
                    {
                      key: 's',
                      code: 'RACK1',
                      name: 'Rack 1',
                      type: 'RACK',
                      rect: { x: 0, y: 0, width: 4, height: 4 },
                      rows: 3,
                      columns: 10,
                      slotsPerPosition: 1,
                      spacingInches: 6,
                    },
                  ],
                  aisles: [],
                  doors: [],
                  sensors: [],
                },
              ],
            },
          ],
        },
      }),
    )
    expect(html).toContain('GROW1 · Grow 1')
    expect(html).toContain('DRY · Dry (Drying room)')
    expect(html).toContain('RACK1 · Rack 1: 3 levels × 10 hangers')
  })
})
