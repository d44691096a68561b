// @growops/db: the Prisma client, its types and enums, and database error helpers.
// Migrations: ./migrate.ts; embedded database: ./embedded; test databases: ./testing.
import type { Prisma as PrismaTypes } from './generated/prisma/client.ts'

export { createPrismaClient } from './client.ts'
export { isUniqueViolation, uniqueViolationConstraint } from './errors.ts'
export { migrateDatabase } from './migrate.ts'
export {
  SESSION_COOKIE_NAME,
  SESSION_LIFETIME_MS,
  SESSION_RENEW_WITHIN_MS,
  generateSessionToken,
  sessionIdFromToken,
  sessionTokenFromCookieHeader,
} from './sessions/session-token.ts'
export { createSession, invalidateSession, validateSessionToken } from './sessions/sessions.ts'
export type { NewSession, SessionUser, ValidSession } from './sessions/sessions.ts'
export { Prisma } from './generated/prisma/client.ts'
export type { PrismaClient } from './generated/prisma/client.ts'
export {
  AlertKind,
  AlertSeverity,
  AlertStatus,
  AnnouncementPriority,
  AuditWalkStatus,
  BatchStage,
  BuildingType,
  MentionKind,
  MoveReason,
  NotificationKind,
  PlantStatus,
  PositionStatus,
  Role,
  RoomType,
  SectionType,
  SensorKind,
  SensorMetric,
  ShiftName,
  WeightKind,
  WeightUnit,
} from './generated/prisma/enums.ts'
export type {
  Alert,
  AlertRule,
  AlertRuleState,
  Announcement,
  AnnouncementAck,
  AuditLog,
  AuditWalk,
  AuditWalkScan,
  Batch,
  BatchAssignment,
  Building,
  IdempotencyKey,
  LayoutDocument,
  LayoutDocumentUpdate,
  LayoutVersion,
  LiveEvent,
  Membership,
  Notification,
  Organization,
  Plant,
  PlantLocationHistory,
  Position,
  Property,
  Room,
  Row,
  Section,
  Sensor,
  SensorReading,
  Session,
  ShiftNote,
  ShiftNoteMention,
  SignInThrottle,
  User,
  WeightLog,
} from './generated/prisma/client.ts'

/** The client handed to `prisma.$transaction(async (tx) => …)` callbacks. */
export type TransactionClient = PrismaTypes.TransactionClient
