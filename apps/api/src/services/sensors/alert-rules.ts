// Alert rules per room or sensor (SENS7). Changing a rule's bounds resets its per-sensor
// breach clocks (an open alert stays open until the new bounds clear it).
import type { AlertRule, PrismaClient } from '@growops/db'
import {
  DomainError,
  type AlertRuleCreateInput,
  type AlertRuleListInput,
  type AlertRuleUpdateInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import {
  assertPlacement,
  assertPropertyFor,
  findSensorFor,
  requireFullAccess,
} from './sensor-access.ts'

export type AlertRuleView = Omit<AlertRule, 'createdAt' | 'updatedAt' | 'organizationId'> & {
  createdAt: string
  updatedAt: string
}

function toRuleView(rule: AlertRule): AlertRuleView {
  const { organizationId: _organizationId, ...rest } = rule
  return {
    ...rest,
    createdAt: rule.createdAt.toISOString(),
    updatedAt: rule.updatedAt.toISOString(),
  }
}

async function findRuleFor(prisma: PrismaClient, actor: Actor, ruleId: string) {
  const rule = await prisma.alertRule.findFirst({
    where: { id: ruleId, organizationId: actor.organizationId },
  })
  if (!rule) throw new DomainError('NOT_FOUND', 'No such alert rule.', { ruleId })
  return rule
}

export async function createAlertRule(
  prisma: PrismaClient,
  actor: Actor,
  input: AlertRuleCreateInput,
): Promise<AlertRuleView> {
  requireFullAccess(actor, 'set alert rules')
  await assertPropertyFor(prisma, actor, input.propertyId)
  if (input.roomId) await assertPlacement(prisma, input.propertyId, { roomId: input.roomId })
  if (input.sensorId) {
    const sensor = await findSensorFor(prisma, actor, input.sensorId)
    if (sensor.propertyId !== input.propertyId) {
      throw new DomainError('NOT_FOUND', 'No such sensor in this property.', {
        sensorId: sensor.id,
      })
    }
  }
  const rule = await prisma.$transaction(async (tx) => {
    const created = await tx.alertRule.create({
      data: { ...input, organizationId: actor.organizationId, createdById: actor.userId },
    })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'alertRule.create',
      entityType: 'AlertRule',
      entityId: created.id,
      after: input,
    })
    return created
  })
  return toRuleView(rule)
}

export async function updateAlertRule(
  prisma: PrismaClient,
  actor: Actor,
  input: AlertRuleUpdateInput,
): Promise<AlertRuleView> {
  requireFullAccess(actor, 'change alert rules')
  const rule = await findRuleFor(prisma, actor, input.ruleId)
  const { ruleId, ...changes } = input
  const min = changes.min === undefined ? rule.min : changes.min
  const max = changes.max === undefined ? rule.max : changes.max
  const hysteresis = changes.hysteresis ?? rule.hysteresis
  if (min === null && max === null) {
    throw new DomainError('VALIDATION.FAILED', 'Give a minimum, a maximum or both.', {
      field: 'min',
    })
  }
  if (min !== null && max !== null && (min >= max || hysteresis * 2 >= max - min)) {
    throw new DomainError(
      'VALIDATION.FAILED',
      '"max" must be above "min" by more than twice the hysteresis.',
      { field: 'max' },
    )
  }
  const updated = await prisma.$transaction(async (tx) => {
    const row = await tx.alertRule.update({ where: { id: ruleId }, data: changes })
    await tx.alertRuleState.updateMany({ where: { ruleId }, data: { breachingSince: null } })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'alertRule.update',
      entityType: 'AlertRule',
      entityId: ruleId,
      before: { min: rule.min, max: rule.max, hysteresis: rule.hysteresis, enabled: rule.enabled },
      after: changes,
    })
    return row
  })
  return toRuleView(updated)
}

export async function removeAlertRule(
  prisma: PrismaClient,
  actor: Actor,
  ruleId: string,
): Promise<{ removed: true }> {
  requireFullAccess(actor, 'remove alert rules')
  const rule = await findRuleFor(prisma, actor, ruleId)
  await prisma.$transaction(async (tx) => {
    await tx.alertRule.delete({ where: { id: rule.id } })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'alertRule.remove',
      entityType: 'AlertRule',
      entityId: rule.id,
      before: { metric: rule.metric, min: rule.min, max: rule.max, roomId: rule.roomId },
    })
  })
  return { removed: true }
}

export async function listAlertRules(
  prisma: PrismaClient,
  actor: Actor,
  input: AlertRuleListInput,
): Promise<AlertRuleView[]> {
  const rules = await prisma.alertRule.findMany({
    where: {
      organizationId: actor.organizationId,
      propertyId: input.propertyId,
      ...(input.roomId ? { roomId: input.roomId } : {}),
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  })
  return rules.map(toRuleView)
}
