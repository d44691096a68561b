// Turns parsed mentions into ShiftNoteMention targets within the organization (COMM6).
// Lookups are reads done before the note's transaction; a mention that does not resolve is
// reported back with the reason, never fatal.
import type { MentionKind, PrismaClient } from '@growops/db'
import { isDomainError, type ParsedMention } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { locateAddress } from '../positions/locate-address.ts'

export interface ResolvedMention {
  kind: MentionKind
  targetId: string
  label: string
}

export interface UnresolvedMention {
  kind: ParsedMention['kind']
  text: string
  reason: string
}

export interface MentionResolution {
  resolved: ResolvedMention[]
  unresolved: UnresolvedMention[]
}

type Outcome = ResolvedMention | { reason: string }

async function resolveAddress(
  prisma: PrismaClient,
  actor: Actor,
  mention: Extract<ParsedMention, { kind: 'ADDRESS' }>,
): Promise<Outcome> {
  try {
    const found = await locateAddress(prisma, actor, mention.value)
    if (found.positionId) {
      return { kind: 'POSITION', targetId: found.positionId, label: mention.value }
    }
    if (found.roomId) return { kind: 'ROOM', targetId: found.roomId, label: mention.value }
    return { reason: 'Mention a room or a place inside one.' }
  } catch (error) {
    if (isDomainError(error)) return { reason: error.message }
    throw error
  }
}

async function resolveBatch(prisma: PrismaClient, actor: Actor, code: string): Promise<Outcome> {
  const batches = await prisma.batch.findMany({
    where: {
      organizationId: actor.organizationId,
      OR: [{ name: code }, { name: { startsWith: `${code} ` } }],
    },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  })
  const batch = batches.find((b) => b.name === code) ?? batches[0]
  if (!batch) return { reason: `No batch ${code}.` }
  return { kind: 'BATCH', targetId: batch.id, label: code }
}

async function resolvePlant(prisma: PrismaClient, actor: Actor, tag: string): Promise<Outcome> {
  const plant = await prisma.plant.findUnique({
    where: { organizationId_tagNumber: { organizationId: actor.organizationId, tagNumber: tag } },
    select: { id: true },
  })
  return plant
    ? { kind: 'PLANT', targetId: plant.id, label: tag }
    : { reason: `No plant tagged ${tag}.` }
}

async function resolveUser(prisma: PrismaClient, actor: Actor, email: string): Promise<Outcome> {
  const member = await prisma.membership.findFirst({
    where: { organizationId: actor.organizationId, user: { email } },
    select: { userId: true },
  })
  return member
    ? { kind: 'USER', targetId: member.userId, label: email }
    : { reason: `Nobody with the e-mail ${email} in this organization.` }
}

function resolveOne(prisma: PrismaClient, actor: Actor, mention: ParsedMention) {
  switch (mention.kind) {
    case 'ADDRESS':
      return resolveAddress(prisma, actor, mention)
    case 'BATCH':
      return resolveBatch(prisma, actor, mention.value)
    case 'PLANT':
      return resolvePlant(prisma, actor, mention.value)
    case 'USER':
      return resolveUser(prisma, actor, mention.value)
  }
}

/** Resolves each mention; two mentions of one target keep the first (COMM6). */
export async function resolveMentions(
  prisma: PrismaClient,
  actor: Actor,
  mentions: readonly ParsedMention[],
): Promise<MentionResolution> {
  const outcomes = await Promise.all(mentions.map((m) => resolveOne(prisma, actor, m)))
  const resolved: ResolvedMention[] = []
  const unresolved: UnresolvedMention[] = []
  const seen = new Set<string>()
  outcomes.forEach((outcome, index) => {
    const mention = mentions[index]
    if (!mention) return
    if ('reason' in outcome) {
      unresolved.push({ kind: mention.kind, text: mention.text, reason: outcome.reason })
      return
    }
    const key = `${outcome.kind}:${outcome.targetId}`
    if (seen.has(key)) return
    seen.add(key)
    resolved.push(outcome)
  })
  return { resolved, unresolved }
}
