import { z } from 'zod'

/** A member's role in an organization. */
export const RoleSchema = z.enum([
  'OWNER',
  'COMPLIANCE_MANAGER',
  'HEAD_GROWER',
  'STAFF',
  'ACCOUNTANT',
])
export type Role = z.infer<typeof RoleSchema>

/** The areas access is granted on; LAYOUT is the facility canvas. */
export const AccessAreaSchema = z.enum([
  'CULTIVATION_OPS',
  'COMPLIANCE',
  'LABOR',
  'INVENTORY',
  'INTEGRATIONS',
  'COMMS',
  'LAYOUT',
])
export type AccessArea = z.infer<typeof AccessAreaSchema>

/** FULL: read and write; READ: read; LIMITED: read and write of one's own records; NONE. */
export const AccessLevelSchema = z.enum(['FULL', 'READ', 'LIMITED', 'NONE'])
export type AccessLevel = z.infer<typeof AccessLevelSchema>

export const AccessActionSchema = z.enum(['read', 'write'])
export type AccessAction = z.infer<typeof AccessActionSchema>
