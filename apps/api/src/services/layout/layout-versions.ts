// Published layout versions: the connection facts a canvas needs, the history list and one
// version with its snapshot.
import type { PrismaClient } from '@growops/db'
import {
  DomainError,
  canPerform,
  layoutDocumentName,
  LayoutDiffSchema,
  LayoutSnapshotSchema,
  type LayoutDiff,
  type LayoutSnapshot,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { findLayoutProperty, type LayoutProperty } from './layout-property.ts'

export interface LatestLayoutVersion {
  number: number
  publishedAt: Date
}

export interface LayoutConnection {
  property: LayoutProperty
  /** The Hocuspocus document name, `layout:<propertyId>`. */
  documentName: string
  /** Where the browser connects; null = same origin, path /collab. */
  collabUrl: string | null
  /** Whether the caller's role may edit the canvas and publish. */
  canEdit: boolean
  latestVersion: LatestLayoutVersion | null
}

export async function latestLayoutVersion(
  prisma: PrismaClient,
  propertyId: string,
): Promise<LatestLayoutVersion | null> {
  return prisma.layoutVersion.findFirst({
    where: { propertyId },
    orderBy: { number: 'desc' },
    select: { number: true, publishedAt: true },
  })
}

export async function layoutConnection(
  prisma: PrismaClient,
  actor: Actor,
  propertyId: string,
  collabUrl: string | null,
): Promise<LayoutConnection> {
  const property = await findLayoutProperty(prisma, actor, propertyId)
  return {
    property,
    documentName: layoutDocumentName(property.id),
    collabUrl,
    canEdit: canPerform(actor.role, 'write', 'LAYOUT'),
    latestVersion: await latestLayoutVersion(prisma, property.id),
  }
}

export interface LayoutVersionPublisher {
  id: string
  name: string
  email: string
}

export interface LayoutVersionSummary {
  id: string
  number: number
  publishedAt: Date
  /** Null when the user was deleted (or the version was published by the system). */
  publishedBy: LayoutVersionPublisher | null
  counts: { create: number; readdress: number; remove: number; unchanged: number } | null
}

export interface LayoutVersionDetail extends LayoutVersionSummary {
  snapshot: LayoutSnapshot
  diff: LayoutDiff | null
}

interface VersionRow {
  id: string
  number: number
  publishedAt: Date
  publishedById: string | null
  summary: unknown
}

async function publishersOf(
  prisma: PrismaClient,
  rows: VersionRow[],
): Promise<Map<string, LayoutVersionPublisher>> {
  const ids = [...new Set(rows.flatMap((row) => (row.publishedById ? [row.publishedById] : [])))]
  if (ids.length === 0) return new Map()
  const users = await prisma.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, email: true },
  })
  return new Map(users.map((user) => [user.id, user]))
}

function diffOf(summary: unknown): LayoutDiff | null {
  const parsed = LayoutDiffSchema.safeParse(summary)
  return parsed.success ? parsed.data : null
}

function summarize(
  row: VersionRow,
  publishers: Map<string, LayoutVersionPublisher>,
): LayoutVersionSummary {
  return {
    id: row.id,
    number: row.number,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedById ? (publishers.get(row.publishedById) ?? null) : null,
    counts: diffOf(row.summary)?.positions ?? null,
  }
}

const VERSION_SELECT = {
  id: true,
  number: true,
  publishedAt: true,
  publishedById: true,
  summary: true,
} as const

/** Every published version of the property, newest first. */
export async function listLayoutVersions(
  prisma: PrismaClient,
  actor: Actor,
  propertyId: string,
): Promise<LayoutVersionSummary[]> {
  const property = await findLayoutProperty(prisma, actor, propertyId)
  const rows = await prisma.layoutVersion.findMany({
    where: { propertyId: property.id },
    orderBy: { number: 'desc' },
    select: VERSION_SELECT,
  })
  const publishers = await publishersOf(prisma, rows)
  return rows.map((row) => summarize(row, publishers))
}

/** One version with the snapshot it published and the diff it applied. */
export async function getLayoutVersion(
  prisma: PrismaClient,
  actor: Actor,
  propertyId: string,
  number: number,
): Promise<LayoutVersionDetail> {
  const property = await findLayoutProperty(prisma, actor, propertyId)
  const row = await prisma.layoutVersion.findUnique({
    where: { propertyId_number: { propertyId: property.id, number } },
    select: { ...VERSION_SELECT, snapshot: true },
  })
  if (!row) {
    throw new DomainError('NOT_FOUND', `Layout version ${number} does not exist.`, {
      entityType: 'LayoutVersion',
      propertyId,
      number,
    })
  }
  const publishers = await publishersOf(prisma, [row])
  return {
    ...summarize(row, publishers),
    // Stored snapshots were validated when published; parsing again gives the typed shape.
    snapshot: LayoutSnapshotSchema.parse(row.snapshot),
    diff: diffOf(row.summary),
  }
}
