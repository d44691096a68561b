import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  auditHashInput,
  canonicalJson,
  findChainBreak,
  type AuditEntryContent,
  type ChainLink,
} from './audit-chain.ts'

// A toy hash for tests: the domain has no crypto, and the chain logic doesn't care which hash.
function toyHash(text: string): string {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return (h >>> 0).toString(16).padStart(8, '0') + text.length.toString(16)
}

function entry(n: number): AuditEntryContent {
  return {
    organizationId: 'org',
    actorId: 'user',
    action: 'plant.move',
    entityType: 'Plant',
    entityId: `p${n}`,
    before: { address: `A.${n}` },
    after: { address: `B.${n}`, nested: { z: 1, a: [1, 2] } },
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
  }
}

function chain(count: number): ChainLink[] {
  const links: ChainLink[] = []
  let previous: string | null = null
  for (let n = 1; n <= count; n++) {
    const content = entry(n)
    const hash = toyHash(auditHashInput(previous, content))
    links.push({ seq: n, prevHash: previous, hash, content })
    previous = hash
  }
  return links
}

describe('audit hash chain', () => {
  it('[AUD1] canonical JSON ignores key order at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    )
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse())
        expect(canonicalJson(reversed)).toBe(canonicalJson(value))
      }),
    )
  })

  it('[AUD2] an intact chain has no break', () => {
    const result = findChainBreak(chain(20), null, toyHash)
    expect(result).toMatchObject({ broken: null, checked: 20 })
  })

  it('[AUD2] a changed entry is reported at its own sequence number', () => {
    const links = chain(10)
    const tampered = links[4]
    if (!tampered) throw new Error('no link')
    tampered.content = { ...tampered.content, after: { address: 'SOMEWHERE.ELSE' } }
    expect(findChainBreak(links, null, toyHash).broken).toMatchObject({
      seq: '5',
      reason: 'HASH_MISMATCH',
    })
  })

  it('[AUD2] a removed entry breaks the link of the one after it', () => {
    const links = chain(10)
    links.splice(3, 1)
    expect(findChainBreak(links, null, toyHash).broken).toMatchObject({
      seq: '5',
      reason: 'PREVIOUS_HASH_MISMATCH',
    })
  })
})
