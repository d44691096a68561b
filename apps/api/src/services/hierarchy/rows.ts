// Rows of a section (table rows R<n> or rack levels L<n>) with their positions (HIER6).
import type { PrismaClient, TransactionClient } from '@growops/db'
import {
  addressFormForSectionType,
  generateRowAddresses,
  nextRowNumber,
  type RowCreateInput,
  type RowIdInput,
  type SectionIdInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { deleteBranchAudited } from './branch-changes.ts'
import { BRANCH_TRANSACTION } from './branch-transaction.ts'
import type { Removed } from './delete-branch.ts'
import { lockRow, lockSection, notFound, type SectionChain } from './hierarchy-chain.ts'
import type { RowView } from './hierarchy-views.ts'
import { insertPositions } from './insert-positions.ts'

async function rowViews(
  db: PrismaClient | TransactionClient,
  section: { id: string; type: SectionChain['type'] },
  rowIds?: string[],
): Promise<RowView[]> {
  const letter = addressFormForSectionType(section.type) === 'rack' ? 'L' : 'R'
  const [rows, stats] = await Promise.all([
    db.row.findMany({
      where: { sectionId: section.id, ...(rowIds ? { id: { in: rowIds } } : {}) },
      select: { id: true, number: true },
      orderBy: { number: 'asc' },
    }),
    db.position.groupBy({
      by: ['rowId'],
      where: { sectionId: section.id, ...(rowIds ? { rowId: { in: rowIds } } : {}) },
      _count: { _all: true },
      _max: { column: true, slot: true },
    }),
  ])
  const statsByRow = new Map(stats.map((stat) => [stat.rowId, stat]))
  return rows.map((row) => {
    const stat = statsByRow.get(row.id)
    return {
      id: row.id,
      number: row.number,
      label: `${letter}${row.number}`,
      columnCount: stat?._max.column ?? 0,
      slotsPerPosition: stat?._max.slot ?? 0,
      positionCount: stat?._count._all ?? 0,
    }
  })
}

export async function listRows(
  prisma: PrismaClient,
  actor: Actor,
  input: SectionIdInput,
): Promise<RowView[]> {
  const section = await prisma.section.findFirst({
    where: {
      id: input.sectionId,
      room: { building: { property: { organizationId: actor.organizationId } } },
    },
    select: { id: true, type: true },
  })
  if (!section) throw notFound('Section', input.sectionId)
  return rowViews(prisma, section)
}

export function createRow(
  prisma: PrismaClient,
  actor: Actor,
  input: RowCreateInput,
): Promise<RowView> {
  return prisma.$transaction(async (tx) => {
    // 'update' serializes appends to one section, so two never take the same number.
    const section = await lockSection(tx, actor, input.sectionId, 'update')
    const existing = await tx.row.findMany({
      where: { sectionId: section.id },
      select: { number: true },
    })
    const number = nextRowNumber(existing.map((row) => row.number))
    const cells = generateRowAddresses(
      {
        property: section.propertyCode,
        building: section.buildingCode,
        room: section.roomCode,
        section: section.code,
      },
      section.type,
      { number, columns: input.columns, slotsPerPosition: input.slotsPerPosition },
    )
    const row = await tx.row.create({
      data: { sectionId: section.id, number },
      select: { id: true },
    })
    await insertPositions(
      tx,
      {
        propertyId: section.propertyId,
        roomId: section.roomId,
        sectionId: section.id,
        rowIdByNumber: new Map([[number, row.id]]),
      },
      cells,
    )
    const [view] = await rowViews(tx, section, [row.id])
    if (!view) throw new Error(`row ${row.id} has no view`)
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'row.create',
      entityType: 'Row',
      entityId: row.id,
      after: { ...view, sectionId: section.id },
    })
    return view
  }, BRANCH_TRANSACTION)
}

export function deleteRow(
  prisma: PrismaClient,
  actor: Actor,
  input: RowIdInput,
): Promise<{ id: string; removed: Removed }> {
  return prisma.$transaction(async (tx) => {
    const row = await lockRow(tx, actor, input.rowId, 'update')
    const letter = addressFormForSectionType(row.sectionType) === 'rack' ? 'L' : 'R'
    return deleteBranchAudited(tx, actor, {
      entityType: 'Row',
      id: row.id,
      label: `Row ${row.propertyCode}.${row.buildingCode}.${row.roomCode}.${row.sectionCode}.${letter}${row.number}`,
      action: 'row.delete',
      before: row,
    })
  }, BRANCH_TRANSACTION)
}
