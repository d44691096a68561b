// Recognizing database errors without reaching into Prisma's error shapes everywhere.
import { Prisma } from './generated/prisma/client.ts'

const UNIQUE_VIOLATION = '23505'

interface DriverAdapterErrorCause {
  originalCode?: string
  kind?: string
  constraint?: { fields?: string[]; index?: string }
}

function driverAdapterCause(
  error: Prisma.PrismaClientKnownRequestError,
): DriverAdapterErrorCause | undefined {
  const meta = error.meta as
    { driverAdapterError?: { cause?: DriverAdapterErrorCause } } | undefined
  return meta?.driverAdapterError?.cause
}

/**
 * Whether `error` is a unique-constraint violation (Prisma P2002, PostgreSQL 23505), e.g.
 * a second plant placed in an occupied position.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false
  if (error.code === 'P2002') return true
  return driverAdapterCause(error)?.originalCode === UNIQUE_VIOLATION
}

/**
 * The name of the violated unique index (e.g. `Plant_positionId_key`), so that a caller can
 * tell an occupied position from a duplicate tag. @prisma/adapter-pg reports it under
 * `meta.driverAdapterError.cause.constraint`, not `meta.target`.
 */
export function uniqueViolationConstraint(error: unknown): string | undefined {
  if (!isUniqueViolation(error)) return undefined
  return driverAdapterCause(error as Prisma.PrismaClientKnownRequestError)?.constraint?.index
}
