// layout.preview and layout.publish (LAYR8): validate, plan against the stored hierarchy,
// and — for a publish — apply the plan, store a numbered LayoutVersion and audit it, all in
// one transaction with the property row locked so publishes of one property serialize.
import type { PrismaClient, TransactionClient } from '@growops/db'
import {
  canonicalJson,
  DomainError,
  layoutPlanDiff,
  planLayoutReconciliation,
  validateLayoutSnapshot,
  type LayoutDiff,
  type LayoutIssue,
  type LayoutPublishInput,
  type LayoutSnapshot,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { BRANCH_TRANSACTION } from '../hierarchy/branch-transaction.ts'
import { lockProperty } from '../hierarchy/hierarchy-chain.ts'
import { runMaybeIdempotent } from '../idempotency/run-idempotent.ts'
import { applyLayoutPlan } from './apply-layout-plan.ts'
import { loadCurrentHierarchy } from './load-current-hierarchy.ts'
import { findLayoutProperty } from './layout-property.ts'

export interface LayoutPreview {
  diff: LayoutDiff
  issues: LayoutIssue[]
  latestVersion: number | null
}

export interface LayoutPublished {
  version: { id: string; number: number; publishedAt: Date }
  diff: LayoutDiff
}

async function latestNumberAndSnapshot(
  db: PrismaClient | TransactionClient,
  propertyId: string,
): Promise<{ id: string; number: number; publishedAt: Date; snapshot: unknown } | null> {
  return db.layoutVersion.findFirst({
    where: { propertyId },
    orderBy: { number: 'desc' },
    select: { id: true, number: true, publishedAt: true, snapshot: true },
  })
}

/** What publishing `snapshot` would change, and what is wrong with it; changes nothing. */
export async function previewLayout(
  prisma: PrismaClient,
  actor: Actor,
  input: { propertyId: string; snapshot: LayoutSnapshot },
): Promise<LayoutPreview> {
  const property = await findLayoutProperty(prisma, actor, input.propertyId)
  const [current, latest] = await Promise.all([
    loadCurrentHierarchy(prisma, property),
    latestNumberAndSnapshot(prisma, property.id),
  ])
  const issues = validateLayoutSnapshot(input.snapshot)
  return {
    diff: layoutPlanDiff(planLayoutReconciliation(input.snapshot, current)),
    issues,
    latestVersion: latest?.number ?? null,
  }
}

function refuseInvalid(snapshot: LayoutSnapshot): void {
  const issues = validateLayoutSnapshot(snapshot)
  if (issues.length === 0) return
  const first = issues[0]?.message ?? ''
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : ''
  throw new DomainError('LAYOUT.INVALID', `The layout cannot be published: ${first}${more}`, {
    issues,
  })
}

function refuseStale(basedOn: number | null | undefined, latest: number | null): void {
  // Omitted: the caller did not preview against a version, so there is nothing to compare.
  if (basedOn === undefined || basedOn === latest) return
  throw new DomainError(
    'LAYOUT.VERSION_CONFLICT',
    latest === null
      ? 'The layout you previewed is based on a version that no longer exists; preview again.'
      : `Version ${latest} was published after the one you previewed (${basedOn ?? 'none'}); review the changes again.`,
    { basedOnVersion: basedOn, latestVersion: latest },
  )
}

async function publishInTransaction(
  tx: TransactionClient,
  actor: Actor,
  input: LayoutPublishInput,
): Promise<LayoutPublished> {
  const property = await lockProperty(tx, actor, input.propertyId, 'update')
  const latest = await latestNumberAndSnapshot(tx, property.id)
  refuseStale(input.basedOnVersion, latest?.number ?? null)
  const current = await loadCurrentHierarchy(tx, property)
  const plan = planLayoutReconciliation(input.snapshot, current)
  const diff = layoutPlanDiff(plan)
  if (
    diff.unchanged &&
    latest !== null &&
    canonicalJson(latest.snapshot) === canonicalJson(input.snapshot)
  ) {
    return {
      version: { id: latest.id, number: latest.number, publishedAt: latest.publishedAt },
      diff,
    }
  }
  const { readdressedPlants } = await applyLayoutPlan(tx, {
    propertyId: property.id,
    organizationId: actor.organizationId,
    actorId: actor.userId,
    current,
    plan,
  })
  const version = await tx.layoutVersion.create({
    data: {
      propertyId: property.id,
      number: (latest?.number ?? 0) + 1,
      snapshot: input.snapshot,
      summary: diff,
      publishedById: actor.userId,
    },
    select: { id: true, number: true, publishedAt: true },
  })
  await appendAuditEntry(tx, {
    organizationId: actor.organizationId,
    actorId: actor.userId,
    action: 'layout.published',
    entityType: 'LayoutVersion',
    entityId: version.id,
    after: {
      propertyId: property.id,
      number: version.number,
      positions: diff.positions,
      created: diff.created,
      removed: diff.removed,
      renamed: diff.renamed,
      readdressedPlants,
    },
  })
  return { version, diff }
}

/**
 * Publishes a snapshot: refuses invalid layouts, stale previews and removals of planted
 * positions; otherwise reconciles the hierarchy and stores the next version. Publishing the
 * latest version's snapshot again over an unchanged hierarchy returns that version.
 */
export async function publishLayout(
  prisma: PrismaClient,
  actor: Actor,
  input: LayoutPublishInput,
): Promise<LayoutPublished> {
  refuseInvalid(input.snapshot)
  const { idempotencyKey, ...request } = input
  return runMaybeIdempotent(
    prisma,
    { userId: actor.userId, key: idempotencyKey, scope: 'layout.publish', input: request },
    (tx) => publishInTransaction(tx, actor, input),
    { timeoutMs: BRANCH_TRANSACTION.timeout },
  )
}
